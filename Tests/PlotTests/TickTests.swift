import Foundation
import Testing
@testable import Plot

/// Log10 of a tick value as an integer, for decade checks (exact for the powers of ten we generate).
private func decadeExponent(_ value: Double) -> Int { Int(log10(value).rounded()) }

@Test(arguments: 1...12)
func logTicksCoverEveryDecadeAndLabelWithoutCrowding(decades: Int) {
    let lower = 1e-6
    let upper = lower * pow(10, Double(decades))
    let ticks = LogTicks.ticks(lower: lower, upper: upper, maxLabels: 6)
    let majors = ticks.filter(\.isMajor)
    // Every decade from 10⁻⁶ to the top gets a major tick.
    #expect(majors.map { decadeExponent($0.value) } == Array(-6...(-6 + decades)))
    let labelled = majors.filter { $0.label != nil }
    #expect(labelled.count >= 2)
    #expect(labelled.count <= 6)
    // Labelled decades are evenly spaced (every n-th decade, n the same throughout).
    let exponents = labelled.map { decadeExponent($0.value) }
    let steps = Set(zip(exponents, exponents.dropFirst()).map { $1 - $0 })
    #expect(steps.count == 1)
    #expect(labelled.allSatisfy { $0.label == "10^{\(decadeExponent($0.value))}" })
    // Minor ticks at 2…9 × 10ᵏ inside every decade.
    let minors = ticks.filter { !$0.isMajor }
    #expect(minors.count == 8 * decades)
    #expect(minors.allSatisfy { $0.label == nil })
    let mantissas = Set(minors.map { Int(($0.value / pow(10, log10($0.value).rounded(.down))).rounded()) })
    #expect(mantissas == Set(2...9))
}

@Test func logTicksLabelEveryDecadeWhenThereIsRoom() {
    let ticks = LogTicks.ticks(lower: 1e-3, upper: 1, maxLabels: 10)
    #expect(ticks.compactMap(\.label) == ["10^{-3}", "10^{-2}", "10^{-1}", "10^{0}"])
}

@Test func logTicksHonourAnExplicitLabelStep() {
    let ticks = LogTicks.ticks(lower: 1e-8, upper: 1, maxLabels: 20, labelEvery: 4)
    #expect(ticks.compactMap(\.label) == ["10^{-8}", "10^{-4}", "10^{0}"])
}

@Test func logTicksDropMinorTicksBeyondTwelveDecades() {
    let ticks = LogTicks.ticks(lower: 1e-10, upper: 1e10, maxLabels: 6)
    #expect(ticks.allSatisfy { $0.isMajor })
    #expect(ticks.count == 21)
}

@Test func logRangeInsideOneDecadeLabelsMantissas() {
    let ticks = LogTicks.ticks(lower: 2e-3, upper: 8e-3, maxLabels: 4)
    let labelled = ticks.filter { $0.label != nil }
    #expect(labelled.count >= 2)
    #expect(labelled.count <= 4)
    #expect(ticks.allSatisfy { $0.value >= 2e-3 * (1 - 1e-12) && $0.value <= 8e-3 * (1 + 1e-12) })
    // With room for four labels the {1, 2, 5} set is chosen: 2 and 5 × 10⁻³.
    #expect(labelled.compactMap(\.label) == ["2\\times10^{-3}", "5\\times10^{-3}"])
}

@Test func logRangeCrossingOneDecadeStillGetsTwoLabels() {
    let ticks = LogTicks.ticks(lower: 0.3, upper: 3, maxLabels: 5)
    #expect(ticks.filter { $0.label != nil }.count >= 2)
}

@Test func linearTicksUseNiceStepsAndExactLabels() {
    let ticks = LinearTicks.ticks(lower: -2, upper: 2, maxLabels: 5)
    #expect(ticks.compactMap(\.label) == ["-2", "-1", "0", "1", "2"])
    let fine = LinearTicks.ticks(lower: 0, upper: 0.3, maxLabels: 4)
    #expect(fine.compactMap(\.label) == ["0.0", "0.1", "0.2", "0.3"])
    // Step 0.1 (mantissa 1) is divided into 5 minor intervals: 4 minor ticks between labels.
    #expect(fine.filter { !$0.isMajor }.count == 12)
}

@Test func linearTicksFactorOutLargePowers() {
    let ticks = LinearTicks.ticks(lower: 0, upper: 4e6, maxLabels: 5)
    #expect(ticks.compactMap(\.label) == ["0", "10^{6}", "2\\times10^{6}", "3\\times10^{6}", "4\\times10^{6}"])
}

@Test func automaticRangesEncloseTheData() {
    let log = LogTicks.automaticRange(for: [3e-4, 0.02, -1, .nan])
    #expect(log == AxisRange(1e-4, 0.1))
    let linear = LinearTicks.automaticRange(for: [-1.7, 1.3])
    #expect(linear == AxisRange(-2, 2))
}
