import Foundation
import TestSupport

/// Dataset texts and paths shared by the dataset tests.
enum DatasetFixtures {
    /// `external-limits/` of this package.
    static let externalLimits = Repository.path("external-limits")

    /// The DarkCast files the shipped datasets were converted from, shipped as fixtures
    /// (Fixtures/darkcast/PROVENANCE says where each comes from).
    static let sourcesDirectory = Repository.fixtures(of: "DataFormatsTests").appendingPathComponent("darkcast").path

    /// A valid curve in MeV with a gap; line numbers: header 1–12, CSV header 13, rows 14–18 (gap at 16).
    static let validCurveLines = [
        "# format: dataset 1",
        "# name: test-curve",
        "# kind: upper-limit curve",
        "# experiment: Test",
        "# paper-title: A test",
        "# paper-arxiv: 2101.00001",
        "# model: L_mu-L_tau vanilla",
        "# x: m_Z' [MeV]",
        "# y: g' [1]",
        "# confidence-level: 90%",
        "# origin: computed by ZPrimePaper tests",
        "# licence: CC0-1.0",
        "x,y",
        "1,1e-3",
        "2.5,2e-3",
        "gap",
        "4,3e-3",
        "5,4e-3"
    ]

    static var validCurve: String { validCurveLines.joined(separator: "\n") + "\n" }

    /// The valid curve with line `number` (1-based) replaced by `text`, or removed when `text` is nil.
    static func curve(replacingLine number: Int, with text: String?) -> String {
        var lines = validCurveLines
        if let text { lines[number - 1] = text } else { lines.remove(at: number - 1) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The rows of a DarkCast `.lmt` file as (mass, y) text pairs.
    static func lmtRows(_ path: String) throws -> [(String, String)] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: " ")
            guard fields.count == 2, !fields[0].hasPrefix("#") else { return nil }
            return (String(fields[0]), String(fields[1]))
        }
    }
}
