import Foundation

extension Corpus {
    static let babarPath = "external-limits/babar-2016.csv"
    static let bandPath = "external-limits/gm2-band-darkcast.csv"

    /// A valid upper-limit curve under babar-2016's name, for cases to spoil one line of.
    static let babar = """
        # format: dataset 1
        # name: babar-2016
        # kind: upper-limit curve
        # experiment: BaBar
        # paper-title: Search for a muonic dark force at BABAR
        # paper-arxiv: 1606.03501
        # model: L_mu-L_tau vanilla
        # x: m_Z' [GeV]
        # y: g' [1]
        # confidence-level: 90%
        # origin: digitised by DarkCast from Fig. 5 of the paper
        # licence: GPL-2.0-or-later
        x,y
        0.22,1.0e-3
        0.5,2.0e-3
        1.0,3.0e-3

        """

    /// A valid band under gm2-band-darkcast's name.
    static let band = """
        # format: dataset 1
        # name: gm2-band-darkcast
        # kind: band edges
        # experiment: (g-2)_mu anomaly
        # paper-title: Solving the electron and muon g-2 anomalies in Z' models
        # paper-arxiv: 2102.07781
        # model: L_mu-L_tau any decay
        # x: m_Z' [GeV]
        # y: g' [1]
        # confidence-level: 2 sigma
        # origin: computed by DarkCast
        # licence: GPL-2.0-or-later
        x,y_lower,y_upper
        0.01,4.0e-4,6.0e-4
        0.1,5.0e-4,8.0e-4
        1.0,2.0e-3,3.0e-3

        """

    /// babar-2016.csv with `old` (which must be in it) replaced by `new`.
    static func babarCase(_ id: String, _ old: String, _ new: String, arguments: [String] = ["all"]) -> CorpusCase {
        precondition(babar.contains(old), "\(id): '\(old)' is not in the dataset")
        return CorpusCase(id, .datasetFiles, [.write(babarPath, babar.replacingOccurrences(of: old, with: new))], arguments: arguments)
    }

    /// gm2-band-darkcast.csv with `old` replaced by `new`.
    static func bandCase(_ id: String, _ old: String, _ new: String) -> CorpusCase {
        precondition(band.contains(old), "\(id): '\(old)' is not in the dataset")
        return CorpusCase(id, .datasetFiles, [.write(bandPath, band.replacingOccurrences(of: old, with: new))])
    }

    /// `text` in ISO 8859-1 (é as the single byte 0xE9, not UTF-8).
    static func latin1(_ text: String) -> [UInt8] { Array(text.data(using: .isoLatin1) ?? Data()) }

    static let header = babar.components(separatedBy: "x,y\n")[0]

    static let datasetFiles: [CorpusCase] = [
        CorpusCase("dataset-no-header", .datasetFiles, [.write(babarPath, "x,y\n0.22,1.0e-3\n0.5,2.0e-3\n")]),
        babarCase("dataset-no-format-line", "# format: dataset 1\n", ""),
        babarCase("dataset-future-format", "# format: dataset 1\n", "# format: dataset 2\n"),
        babarCase("dataset-non-numeric-value", "0.5,2.0e-3", "0.5,two"),
        babarCase("dataset-negative-value", "0.5,2.0e-3", "0.5,-2.0e-3"),
        babarCase("dataset-zero-value", "0.5,2.0e-3", "0.5,0"),
        babarCase("dataset-not-a-number", "0.5,2.0e-3", "0.5,nan"),
        babarCase("dataset-infinite-value", "0.5,2.0e-3", "inf,2.0e-3"),
        babarCase("dataset-hexadecimal-value", "0.5,2.0e-3", "0x1p-1,2.0e-3"),
        babarCase("dataset-empty-field", "0.5,2.0e-3", "0.5,"),
        babarCase("dataset-unsorted-masses", "0.5,2.0e-3\n1.0,3.0e-3", "1.0,3.0e-3\n0.5,2.0e-3"),
        babarCase("dataset-repeated-mass", "1.0,3.0e-3", "0.5,3.0e-3"),
        babarCase("dataset-one-point", "0.5,2.0e-3\n1.0,3.0e-3\n", ""),
        CorpusCase("dataset-empty-file", .datasetFiles, [.write(babarPath, "")]),
        CorpusCase("dataset-header-only", .datasetFiles, [.write(babarPath, header)]),
        CorpusCase("dataset-no-rows", .datasetFiles, [.write(babarPath, header + "x,y\n")]),
        babarCase("dataset-unknown-header-key", "# experiment: BaBar", "# experimnt: BaBar"),
        babarCase("dataset-repeated-header-key", "# experiment: BaBar", "# experiment: BaBar\n# experiment: Belle"),
        babarCase("dataset-missing-licence", "# licence: GPL-2.0-or-later\n", ""),
        babarCase("dataset-unknown-mass-unit", "# x: m_Z' [GeV]", "# x: m_Z' [TeV]"),
        babarCase("dataset-mass-in-centimetres", "# x: m_Z' [GeV]", "# x: m_Z' [cm]"),
        babarCase("dataset-coupling-with-a-unit", "# y: g' [1]", "# y: g' [GeV]"),
        babarCase("dataset-unknown-coupling", "# y: g' [1]", "# y: kappa [1]"),
        babarCase("dataset-unknown-kind", "# kind: upper-limit curve", "# kind: lower-limit curve"),
        babarCase("dataset-unknown-model", "# model: L_mu-L_tau vanilla", "# model: B-L"),
        babarCase("dataset-confidence-level-above-100", "# confidence-level: 90%", "# confidence-level: 150%"),
        babarCase("dataset-name-not-kebab-case", "# name: babar-2016", "# name: BaBar_2016"),
        babarCase("dataset-bad-doi", "# paper-arxiv: 1606.03501", "# paper-doi: 11.1103"),
        babarCase("dataset-bad-origin", "# origin: digitised by DarkCast from Fig. 5 of the paper", "# origin: a friend"),
        babarCase("dataset-dark-photon-limit-drawn-as-is", "# model: L_mu-L_tau vanilla", "# model: dark photon (needs recast)"),
        CorpusCase(
            "dataset-non-utf8-header", .datasetFiles,
            [.bytes(babarPath, latin1(babar.replacingOccurrences(of: "# experiment: BaBar", with: "# experiment: BaBar café")))]),
        CorpusCase("dataset-non-utf8-value", .datasetFiles, [.bytes(babarPath, Array(babar.utf8) + [0xB5, 0x0A])]),
        CorpusCase("dataset-binary-garbage", .datasetFiles, [.bytes(babarPath, (0..<512).map { UInt8(($0 * 37 + 11) % 256) })]),
        babarCase("dataset-wrong-csv-header", "x,y\n", "m,g\n"),
        babarCase("dataset-three-fields", "0.5,2.0e-3", "0.5,2.0e-3,7"),
        babarCase("dataset-comment-in-body", "0.5,2.0e-3\n", "# a remark\n0.5,2.0e-3\n"),
        babarCase("dataset-empty-line-in-body", "0.5,2.0e-3\n", "\n0.5,2.0e-3\n"),
        babarCase("dataset-gap-first", "x,y\n", "x,y\ngap\n"),
        babarCase("dataset-two-gaps", "0.5,2.0e-3\n", "0.5,2.0e-3\ngap\ngap\n"),
        babarCase("dataset-one-point-segment", "0.5,2.0e-3\n", "0.5,2.0e-3\ngap\n"),
        CorpusCase("dataset-is-a-directory", .datasetFiles, [.remove(babarPath), .directory(babarPath)]),
        CorpusCase("dataset-missing-file", .datasetFiles, [.remove(babarPath)]),
        CorpusCase("dataset-named-pipe", .datasetFiles, [.namedPipe(babarPath)]),
        CorpusCase("dataset-device", .datasetFiles, [], arguments: ["all", "--dataset", "babar-2016=/dev/zero"]),
        CorpusCase(
            "dataset-larger-than-eight-mebibytes", .datasetFiles,
            [
                .generated(babarPath) { Data((babar + String(repeating: "1.5,4.0e-3\n", count: 900_000)).utf8) }
            ]),
        CorpusCase("dataset-etc-passwd", .datasetFiles, [], arguments: ["all", "--dataset", "babar-2016=/etc/passwd"]),
        bandCase("dataset-band-upper-below-lower", "0.1,5.0e-4,8.0e-4", "0.1,8.0e-4,5.0e-4"),
        bandCase(
            "dataset-band-missing-column", "x,y_lower,y_upper\n0.01,4.0e-4,6.0e-4\n0.1,5.0e-4,8.0e-4\n1.0,2.0e-3,3.0e-3",
            "x,y\n0.01,4.0e-4\n0.1,5.0e-4\n1.0,2.0e-3"),
        bandCase("dataset-band-negative-edge", "0.01,4.0e-4,6.0e-4", "0.01,-4.0e-4,6.0e-4")
    ]
}
