/// One tick mark on an axis: its data value, whether it is long (major), and its label.
public struct AxisTick: Sendable, Hashable {
    /// Data value at the tick.
    public var value: Double
    /// Long (major) or short (minor) tick.
    public var isMajor: Bool
    /// Label in math markup (e.g. `10^{-4}`), nil for an unlabelled tick.
    public var label: String?

    /// Creates a tick.
    public init(value: Double, isMajor: Bool, label: String?) {
        self.value = value
        self.isMajor = isMajor
        self.label = label
    }
}
