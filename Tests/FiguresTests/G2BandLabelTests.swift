import Foundation
import Testing
import TestSupport

/// The exclusion figures' g − 2 label names the Δa_μ ± σ that figures.yaml's `gm2-band` step draws.
@Suite struct G2BandLabelTests {
    @Test func labelNamesTheChosenDiscrepancy() throws {
        let text = try String(contentsOf: Repository.url("figures.yaml"), encoding: .utf8)
        let step = try #require(text.range(of: "  gm2-band:\n    kind: muon-g2-band\n"))
        let stepText = String(text[step.upperBound...]).components(separatedBy: "\n\n")[0]
        // The 2024 letters' inputs are drawn (the step's default); the label must say so, in both exclusion figures.
        #expect(stepText.contains("discrepancy: \"2024\""), "gm2-band draws the 2024 inputs")
        let label = #"(g-2)_\\mu \\pm 2\\sigma, \\Delta{}a_\\mu = (249 \\pm 48) \\times 10^{-11}"#
        #expect(
            text.components(separatedBy: label).count - 1 == 3,
            "the label with (249 ± 48)×10⁻¹¹ in both exclusion figures and the NA64-μ letter's Fig. 3")
        #expect(!text.contains("251 \\\\pm 59"), "no label names the 2022 inputs")
    }
}
