/// Shortest round-trip decimal form of a Double, the one spelling of a number in every format this
/// module writes: Swift's own algorithm, so the same value gives the same bytes on every platform.
/// Zero is written `0.0` (never `-0.0`), so a sign flip of an exact zero cannot change a file.
public func canonicalNumber(_ value: Double) -> String {
    if value == 0 { return "0.0" }
    return value.description
}
