/// A curve sampled at ascending abscissae: what a figure step turns into table columns.
public struct SampledCurve: Sendable, Hashable {
    /// Abscissae, ascending.
    public var x: [Double]
    /// Ordinates matching `x`.
    public var y: [Double]

    /// A curve from matching arrays.
    public init(x: [Double], y: [Double]) {
        precondition(x.count == y.count, "a curve needs as many ordinates as abscissae")
        self.x = x
        self.y = y
    }
}
