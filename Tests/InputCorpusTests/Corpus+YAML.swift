import Foundation

extension Corpus {
    /// A "billion laughs" document: `levels` anchors, each a list of ten aliases of the previous one.
    static func aliasBomb(indent: String, levels: Int = 9) -> String {
        var lines = ["\(indent)l0: &l0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]"]
        for level in 1...levels {
            let aliases = Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ")
            lines.append("\(indent)l\(level): &l\(level) [\(aliases)]")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A valid-looking figures.yaml of `megabytes` MB: the project's start, then a huge mapping of step parameters.
    static func hugeConfiguration(megabytes: Int) -> Data {
        var text = "version: 1\nsteps:\n  loop-function:\n    kind: loop-function\n    params:\n"
        text.reserveCapacity(megabytes << 20 + 100)
        var index = 0
        while text.utf8.count < megabytes << 20 {
            text += "      key_\(index): \(index)\n"
            index += 1
        }
        return Data(text.utf8)
    }

    static let yaml: [CorpusCase] = [
        CorpusCase(
            "yaml-alias-bomb-top-level", .yaml, [.replace("\ntolerances:\n", with: "\n" + aliasBomb(indent: "") + "tolerances:\n")],
            maximumSeconds: 1),
        CorpusCase(
            "yaml-alias-bomb-in-params", .yaml,
            [.replace("      threshold_points: 10\n", with: "      threshold_points: 10\n" + aliasBomb(indent: "      "))],
            maximumSeconds: 1),
        .yaml(
            "yaml-alias-in-params", .yaml, "params: {alpha_dark: 0.1, mass_ratio: 3, factor: 1, points: 20}",
            "params: &thermal {alpha_dark: 0.1, mass_ratio: 3, factor: 1, points: 20}\n"
                + "  thermal-copy:\n    kind: thermal-target\n    params: *thermal"
        ),
        .yaml("yaml-merge-key", .yaml, "      plateau: 1\n", "      plateau: 1\n      <<: {points: 10}\n"),
        .yaml(
            "yaml-alias-of-a-scalar", .yaml, "      mass_min_GeV: 1.0e-3\n      mass_max_GeV: 1\n      points: 40",
            "      mass_min_GeV: &low 1.0e-3\n      mass_max_GeV: 1\n      points: 40\n      delta_a_mu: *low"),
        CorpusCase(
            "yaml-fifty-megabyte-file", .yaml, [.generated("figures.yaml") { hugeConfiguration(megabytes: 50) }],
            maximumSeconds: 1),
        CorpusCase(
            "yaml-just-over-one-mebibyte", .yaml,
            [.generated("figures.yaml") { Data(("version: 1\n#" + String(repeating: "x", count: 1 << 20) + "\n").utf8) }]),
        .yaml(
            "yaml-deep-flow-nesting", .yaml, "  figures:\n    efficiency: {atol: 1.0e-9}",
            "  figures:\n    efficiency: " + String(repeating: "[", count: 100) + String(repeating: "]", count: 100)),
        CorpusCase(
            "yaml-deep-block-nesting", .yaml,
            [
                .replace(
                    "      plateau: 1\n",
                    with: "      plateau: 1\n"
                        + (1...80).map {
                            String(repeating: "  ", count: $0 + 2) + "level\($0):\n"
                        }.joined() + String(repeating: "  ", count: 83) + "end: 1\n")
            ]),
        .yaml("yaml-duplicate-top-level-key", .yaml, "version: 1\n", "version: 1\nversion: 1\n"),
        .yaml(
            "yaml-duplicate-parameter", .yaml, "      points_per_decade: 20\n", "      points_per_decade: 20\n      points_per_decade: 30\n"
        ),
        .yaml(
            "yaml-duplicate-step", .yaml, "  thermal-target:\n",
            "  gm2-band:\n    kind: thermal-target\n    params: {alpha_dark: 0.1}\n  thermal-target:\n"),
        .yaml("yaml-duplicate-figure", .yaml, "  efficiency:\n    size:", "  pi-q2:\n    size: single-column\n  efficiency:\n    size:"),
        .yaml("yaml-tab-indentation", .yaml, "      points_per_decade: 20\n", "\tpoints_per_decade: 20\n"),
        .yaml("yaml-tab-after-key-indent", .yaml, "      q2_max_GeV2: 10\n", "      q2_max_GeV2: 10\n    \t  threshold: 3\n"),
        CorpusCase("yaml-not-utf8", .yaml, [.bytes("figures.yaml", Array("version: 1\n# caf".utf8) + [0xE9] + Array(" \n".utf8))]),
        CorpusCase("yaml-utf16", .yaml, [.bytes("figures.yaml", [0xFF, 0xFE] + Array("version: 1\n".utf8).flatMap { [$0, 0] })]),
        CorpusCase("yaml-nul-byte", .yaml, [.bytes("figures.yaml", Array("version: 1\nsteps:\n  a\u{0}b: {kind: loop-function}\n".utf8))]),
        .yaml(
            "yaml-unclosed-flow-mapping", .yaml, "params: {alpha_dark: 0.1, mass_ratio: 3, factor: 1, points: 20}",
            "params: {alpha_dark: 0.1, mass_ratio: 3, factor: 1, points: 20"),
        .yaml("yaml-unclosed-quote", .yaml, "      discrepancy: \"2024\"", "      discrepancy: \"2024"),
        .yaml("yaml-bad-indentation", .yaml, "      q2_max_GeV2: 10\n", "     q2_max_GeV2: 10\n"),
        .yaml("yaml-missing-colon", .yaml, "      q2_max_GeV2: 10\n", "      q2_max_GeV2 10\n"),
        CorpusCase("yaml-empty-file", .yaml, [.write("figures.yaml", "")]),
        CorpusCase("yaml-only-comments", .yaml, [.write("figures.yaml", "# nothing here\n# at all\n")]),
        CorpusCase("yaml-top-level-sequence", .yaml, [.write("figures.yaml", "- version: 1\n- steps: {}\n")]),
        CorpusCase("yaml-top-level-scalar", .yaml, [.write("figures.yaml", "figures\n")]),
        .yaml("yaml-missing-version", .yaml, "version: 1\n", ""),
        .yaml("yaml-future-version", .yaml, "version: 1\n", "version: 2\n"),
        .yaml("yaml-quoted-version", .yaml, "version: 1\n", "version: \"1\"\n"),
        .yaml("yaml-unknown-top-level-key", .yaml, "tolerances:\n", "tolerance:\n"),
        .yaml("yaml-complex-key", .yaml, "      plateau: 1\n", "      plateau: 1\n      ? [a, b]\n      : 1\n"),
        CorpusCase("yaml-two-documents", .yaml, [.replace("version: 1\n", with: "version: 1\n---\nversion: 1\n")]),
        CorpusCase("yaml-missing-file", .yaml, [.remove("figures.yaml")]),
        CorpusCase("yaml-configuration-is-a-directory", .yaml, [.remove("figures.yaml"), .directory("figures.yaml")]),
        .yaml("yaml-steps-is-a-list", .yaml, "steps:\n  loop-function:\n", "steps:\n- loop-function:\n"),
        .yaml(
            "yaml-step-is-a-scalar", .yaml,
            "  thermal-target:\n    kind: thermal-target\n    params: {alpha_dark: 0.1, mass_ratio: 3, factor: 1, points: 20}\n",
            "  thermal-target: thermal-target\n"),
        .yaml(
            "yaml-datasets-is-a-list", .yaml, "datasets:\n  babar-2016: external-limits/babar-2016.csv\n",
            "datasets:\n  - external-limits/babar-2016.csv\n"),
        .yaml("yaml-application-tag", .yaml, "      points_per_decade: 20\n", "      points_per_decade: !python/object:os.system 20\n")
    ]
}
