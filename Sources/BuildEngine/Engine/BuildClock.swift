/// The clock behind durations and progress estimates, injectable so tests are independent of time.
public protocol BuildClock: Sendable {
    /// Seconds since an arbitrary fixed origin.
    func now() -> Double
}

/// The monotonic system clock.
public struct SystemClock: BuildClock {
    private let origin = ContinuousClock.now
    /// Creates the clock.
    public init() {}
    public func now() -> Double {
        let elapsed = ContinuousClock.now - origin
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    }
}
