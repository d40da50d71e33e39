import Foundation
import Testing
import TestSupport

/// The exclusion figures' g − 2 label names the Δa_μ ± σ that the band step it draws uses: the 2024 inputs
/// (`gm2-band`) in the 2024 letter's figures, the 2022 inputs (`gm2-band-2022`) in the 2022 paper's Fig. 7.
@Suite struct G2BandLabelTests {
    static func stepText(_ text: String, _ name: String) throws -> String {
        let step = try #require(text.range(of: "  \(name):\n    kind: muon-g2-band\n"))
        return String(text[step.upperBound...]).components(separatedBy: "\n\n")[0]
    }

    /// The text of figure `name`'s entry (up to the next blank line).
    static func figureText(_ text: String, _ name: String) throws -> String {
        let figure = try #require(text.range(of: "\n  \(name):\n"))
        return String(text[figure.upperBound...]).components(separatedBy: "\n\n")[0]
    }

    @Test func labelNamesTheChosenDiscrepancy() throws {
        let text = try String(contentsOf: Repository.url("figures.yaml"), encoding: .utf8)
        #expect(try Self.stepText(text, "gm2-band").contains("discrepancy: \"2024\""), "gm2-band draws the 2024 inputs")
        #expect(try Self.stepText(text, "gm2-band-2022").contains("discrepancy: \"2022\""), "gm2-band-2022 draws the 2022 inputs")
        let label2024 = #"(g-2)_\\mu \\pm 2\\sigma, \\Delta{}a_\\mu = (249 \\pm 48) \\times 10^{-11}"#
        let label2022 = #"(g-2)_\\mu \\pm 2\\sigma, \\Delta{}a_\\mu = (251 \\pm 59) \\times 10^{-11}"#
        for figure in ["exclusion-vanilla", "exclusion-dark", "na64mu-2024-fig3"] {
            let entry = try Self.figureText(text, figure)
            #expect(entry.contains("from: gm2-band,") && entry.contains(label2024) && !entry.contains(label2022), "\(figure)")
        }
        let entry = try Self.figureText(text, "na64e-2022-fig7-dark")
        #expect(entry.contains("from: gm2-band-2022,") && entry.contains(label2022) && !entry.contains(label2024))
        #expect(text.components(separatedBy: label2022).count - 1 == 1, "only the 2022 paper's figure names the 2022 inputs")
    }
}
