import Foundation

/// Maps data values of one axis onto page coordinates. Values outside a log axis' domain map to NaN,
/// which breaks lines instead of drawing to infinity.
struct AxisMapping: Sendable, Hashable {
    var scale: AxisScale
    var range: AxisRange
    /// Page coordinate of `range.lower`.
    var start: Double
    /// Page coordinate of `range.upper`.
    var end: Double

    func map(_ value: Double) -> Double {
        let fraction: Double
        switch scale {
        case .linear:
            fraction = (value - range.lower) / (range.upper - range.lower)
        case .log:
            guard value > 0 else { return .nan }
            fraction = log10(value / range.lower) / log10(range.upper / range.lower)
        }
        return start + fraction * (end - start)
    }

    /// Page coordinate of an axes fraction (0 at lower, 1 at upper).
    func mapFraction(_ fraction: Double) -> Double { start + fraction * (end - start) }

    /// Whether a value lies in the range (with a relative tolerance for ticks at the ends).
    func contains(_ value: Double) -> Bool {
        let position = (map(value) - start) / (end - start)
        return position >= -1e-9 && position <= 1 + 1e-9
    }
}
