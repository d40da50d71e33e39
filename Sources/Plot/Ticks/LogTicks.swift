import Foundation

/// Tick generation for base-10 logarithmic axes. Pure; O(number of decades).
public enum LogTicks {
    /// Decade spans above which the 2…9 minor ticks are dropped: denser than ~15 pt per decade
    /// on a column-wide axis they merge into a smear.
    public static let maximumDecadesWithMinorTicks = 12.0

    /// Ticks for a log axis over [lower, upper] (both > 0, lower < upper).
    ///
    /// - Spanning two or more decade ticks: every decade gets a major tick; every `labelEvery`-th one
    ///   (aligned to multiples, so 10⁻⁶, 10⁻⁴, 10⁻² …) is labelled `10^{k}`. With `labelEvery` nil, the
    ///   smallest step in 1, 2, 3, 4, 5, 10, 20 … that keeps at most `maxLabels` labels is used.
    ///   Minor ticks at 2…9 × 10ᵏ when `minorTicks` and the span is at most 12 decades.
    /// - Inside one decade (fewer than two decade ticks): the mantissas 1…9 × 10ᵏ become the ticks,
    ///   labelled from the sets {1…9}, {1, 2, 5}, {1, 5}, {1}, the richest that fits in `maxLabels`.
    public static func ticks(
        lower: Double, upper: Double, maxLabels: Int, labelEvery: Int? = nil, minorTicks: Bool = true
    ) -> [AxisTick] {
        precondition(lower > 0 && upper > lower && lower.isFinite && upper.isFinite, "invalid log range")
        // Tolerance in log10 so that 1e-3 computed as 0.0009999999 still counts as a decade tick.
        let tolerance = 1e-9
        let logLower = log10(lower)
        let logUpper = log10(upper)
        let firstDecade = Int((logLower - tolerance).rounded(.up))
        let lastDecade = Int((logUpper + tolerance).rounded(.down))
        let decadeCount = lastDecade - firstDecade + 1
        let isInside = { (value: Double) in
            let logValue = log10(value)
            return logValue >= logLower - tolerance && logValue <= logUpper + tolerance
        }

        if decadeCount < 2 {
            return mantissaTicks(
                firstExponent: Int((logLower - tolerance).rounded(.down)), lastExponent: lastDecade,
                maxLabels: maxLabels, isInside: isInside)
        }

        let step =
            labelEvery.map { max(1, $0) }
            ?? decadeLabelStep(
                firstDecade: firstDecade, lastDecade: lastDecade, maxLabels: maxLabels)
        var ticks: [AxisTick] = []
        let drawsMinor = minorTicks && (logUpper - logLower) <= maximumDecadesWithMinorTicks
        for exponent in Int((logLower - tolerance).rounded(.down))...lastDecade {
            let decade = pow(10, Double(exponent))
            if exponent >= firstDecade {
                let isLabelled = positiveModulo(exponent, step) == 0
                ticks.append(AxisTick(value: decade, isMajor: true, label: isLabelled ? powerLabel(exponent) : nil))
            }
            guard drawsMinor else { continue }
            for mantissa in 2...9 {
                let value = Double(mantissa) * decade
                if isInside(value) { ticks.append(AxisTick(value: value, isMajor: false, label: nil)) }
            }
        }
        return ticks
    }

    /// Smallest "nice" step so that at most `maxLabels` decades (multiples of the step) are labelled.
    static func decadeLabelStep(firstDecade: Int, lastDecade: Int, maxLabels: Int) -> Int {
        var candidates = [1, 2, 3, 4, 5]
        var power = 10
        while power <= 1000 {
            candidates += [power, 2 * power, 5 * power]
            power *= 10
        }
        for step in candidates {
            let labelled = (firstDecade...lastDecade).filter { positiveModulo($0, step) == 0 }.count
            if labelled <= max(maxLabels, 1) { return step }
        }
        return candidates.last!
    }

    /// Ticks for a range that holds fewer than two decade ticks.
    static func mantissaTicks(
        firstExponent: Int, lastExponent: Int, maxLabels: Int, isInside: (Double) -> Bool
    ) -> [AxisTick] {
        var candidates: [(value: Double, mantissa: Int, exponent: Int)] = []
        for exponent in firstExponent...max(firstExponent, lastExponent) {
            for mantissa in 1...9 {
                let value = Double(mantissa) * pow(10, Double(exponent))
                if isInside(value) { candidates.append((value, mantissa, exponent)) }
            }
        }
        let labelSets: [Set<Int>] = [Set(1...9), [1, 2, 5], [1, 5], [1]]
        var chosen = labelSets.last!
        for labelSet in labelSets {
            let count = candidates.filter { labelSet.contains($0.mantissa) }.count
            if count <= max(maxLabels, 1) && count >= 2 {
                chosen = labelSet
                break
            }
        }
        return candidates.map { candidate in
            let isLabelled = chosen.contains(candidate.mantissa)
            return AxisTick(
                value: candidate.value, isMajor: isLabelled,
                label: isLabelled ? mantissaLabel(candidate.mantissa, exponent: candidate.exponent) : nil)
        }
    }

    /// `10^{k}` in math markup.
    public static func powerLabel(_ exponent: Int) -> String { "10^{\(exponent)}" }

    /// `m\times10^{k}`, or `10^{k}` when m = 1.
    static func mantissaLabel(_ mantissa: Int, exponent: Int) -> String {
        mantissa == 1 ? powerLabel(exponent) : "\(mantissa)\\times10^{\(exponent)}"
    }

    static func positiveModulo(_ value: Int, _ modulus: Int) -> Int {
        ((value % modulus) + modulus) % modulus
    }

    /// Automatic range: whole decades around the positive finite values; nil if there are none.
    public static func automaticRange(for values: [Double]) -> AxisRange? {
        let positive = values.filter { $0.isFinite && $0 > 0 }
        guard let minimum = positive.min(), let maximum = positive.max() else { return nil }
        var lower = pow(10, log10(minimum).rounded(.down))
        var upper = pow(10, log10(maximum).rounded(.up))
        if upper <= lower {
            lower /= 10
            upper *= 10
        }
        return AxisRange(lower, upper)
    }
}
