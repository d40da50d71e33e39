/// How far a value may move before the diff calls it a change beyond tolerance.
///
/// A new value `new` is within tolerance of the baseline value `old` when
/// `|new − old| ≤ absolute + relative · |old|` (numpy's `isclose`, with the baseline as the
/// reference). The relative change reported is `(new − old) / max(|old|, absolute)`: the
/// absolute tolerance is the floor of the denominator, so values near zero do not blow up.
///
/// Decoded from `{rtol: 1e-6, atol: 0}`; a missing key takes the value of ``standard``.
public struct DiffTolerance: Sendable, Equatable {
    /// The relative tolerance (`rtol`), a fraction of the baseline value.
    public var relative: Double
    /// The absolute tolerance (`atol`), in the unit of the figure's y axis.
    public var absolute: Double

    /// The built-in default: `rtol = 1e-6`, `atol = 0`. Rebuilding with the same inputs gives
    /// identical bytes; this leaves room for the last-digit differences of another platform's
    /// libm and nothing a reader of a figure could see.
    public static let standard = DiffTolerance(relative: 1e-6, absolute: 0)

    /// Creates a tolerance.
    public init(relative: Double, absolute: Double) {
        self.relative = relative
        self.absolute = absolute
    }

    /// Whether `new` is within tolerance of the baseline value `old`.
    public func accepts(old: Double, new: Double) -> Bool {
        abs(new - old) <= absolute + relative * abs(old)
    }

    /// The signed relative change `(new − old) / max(|old|, absolute)`; ±infinity when the
    /// baseline is zero, the absolute tolerance is zero and the value moved.
    public func relativeChange(old: Double, new: Double) -> Double {
        let difference = new - old
        let scale = max(abs(old), absolute)
        guard scale > 0 else {
            if difference == 0 { return 0 }
            return difference > 0 ? .infinity : -.infinity
        }
        return difference / scale
    }
}
