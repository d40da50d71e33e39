import Foundation

/// Tick generation for linear axes: steps of 1, 2 or 5 × 10ⁿ. Pure; O(number of ticks).
public enum LinearTicks {
    /// Ticks over [lower, upper]. The labelled step is `step` when given, else the smallest 1/2/5 × 10ⁿ
    /// step giving at most `maxLabels` labels. Minor ticks subdivide a step into 5 (mantissa 1 or 5) or 4 (2).
    public static func ticks(
        lower: Double, upper: Double, maxLabels: Int, step: Double? = nil, minorTicks: Bool = true
    ) -> [AxisTick] {
        precondition(upper > lower && lower.isFinite && upper.isFinite, "invalid linear range")
        let majorStep = step.flatMap { $0 > 0 ? $0 : nil } ?? niceStep(span: upper - lower, maxLabels: maxLabels)
        // Relative tolerance so that 0.30000000000000004 counts as inside [0, 0.3].
        let tolerance = 1e-9
        let first = Int((lower / majorStep - tolerance).rounded(.up))
        let last = Int((upper / majorStep + tolerance).rounded(.down))
        let decimals = decimalPlaces(for: majorStep)
        let exponent = commonExponent(lower: lower, upper: upper, step: majorStep)
        var ticks: [AxisTick] = []
        for index in first...max(first, last) where index <= last {
            let value = Double(index) * majorStep
            ticks.append(AxisTick(value: value, isMajor: true, label: label(value, decimals: decimals, exponent: exponent)))
        }
        guard minorTicks else { return ticks }
        let mantissa = majorStep / pow(10, log10(majorStep).rounded(.down))
        let subdivisions = abs(mantissa - 2) < 1e-6 ? 4 : 5
        let minorStep = majorStep / Double(subdivisions)
        let firstMinor = Int((lower / minorStep - tolerance).rounded(.up))
        let lastMinor = Int((upper / minorStep + tolerance).rounded(.down))
        if firstMinor <= lastMinor {
            for index in firstMinor...lastMinor where index % subdivisions != 0 {
                ticks.append(AxisTick(value: Double(index) * minorStep, isMajor: false, label: nil))
            }
        }
        return ticks
    }

    /// Smallest 1/2/5 × 10ⁿ step that puts at most `maxLabels` (≥ 2) ticks on a span.
    public static func niceStep(span: Double, maxLabels: Int) -> Double {
        let intervals = Double(max(maxLabels, 2) - 1)
        let raw = span / intervals
        let magnitude = pow(10, log10(raw).rounded(.down))
        for mantissa in [1.0, 2, 5, 10] where mantissa * magnitude >= raw * (1 - 1e-9) {
            return mantissa * magnitude
        }
        return 10 * magnitude
    }

    /// Digits after the decimal point needed to print multiples of `step` exactly.
    static func decimalPlaces(for step: Double) -> Int {
        var decimals = 0
        while decimals < 10 {
            let scaled = step * pow(10, Double(decimals))
            if abs(scaled - scaled.rounded()) < 1e-6 * max(1, scaled) { break }
            decimals += 1
        }
        return decimals
    }

    /// A power of ten factored out of every label when values are very large or very small
    /// (e.g. 2×10^{5}); nil for plain decimals.
    static func commonExponent(lower: Double, upper: Double, step: Double) -> Int? {
        let largest = max(abs(lower), abs(upper))
        if largest >= 1e5 || step < 1e-3 {
            return Int(log10(step).rounded(.down))
        }
        return nil
    }

    /// Label markup for one value; a true minus sign comes from the markup parser.
    static func label(_ value: Double, decimals: Int, exponent: Int?) -> String {
        // Snap values that are zero up to rounding, so no "−0" appears.
        let snapped = abs(value) < 1e-12 * max(1, abs(value)) ? 0 : value
        if let exponent {
            let mantissa = snapped / pow(10, Double(exponent))
            if abs(mantissa) < 1e-9 { return "0" }
            let mantissaText = String(format: "%.*f", decimalPlaces(for: abs(mantissa)), mantissa)
            return mantissaText == "1" ? LogTicks.powerLabel(exponent) : "\(mantissaText)\\times10^{\(exponent)}"
        }
        let text = String(format: "%.*f", decimals, snapped)
        return text.hasPrefix("-") && Double(text) == 0 ? String(text.dropFirst()) : text
    }

    /// Automatic range: the data extent widened to whole nice steps; nil if no finite values.
    public static func automaticRange(for values: [Double], maxLabels: Int = 6) -> AxisRange? {
        let finite = values.filter(\.isFinite)
        guard var minimum = finite.min(), var maximum = finite.max() else { return nil }
        if maximum - minimum <= 1e-12 * max(abs(maximum), 1) {
            let pad = max(abs(maximum) * 0.1, 1)
            minimum -= pad
            maximum += pad
        }
        let step = niceStep(span: maximum - minimum, maxLabels: maxLabels)
        return AxisRange((minimum / step).rounded(.down) * step, (maximum / step).rounded(.up) * step)
    }
}
