/// Values of the part of an integrand that several adaptive integrals share, stored per 15-point Kronrod panel.
///
/// Integrals over the same interval with the same break points start from the same panels, and their bisections
/// halve the same panels for as long as their error estimates agree on where the error is; at a panel they share,
/// the shared part of the integrand (a cross section, ln E) is computed once. A panel is keyed by its bounds (a, b)
/// bit for bit, and by two more words a caller chooses (e.g. the energy a family of integrals belongs to), so a
/// stored value is the one a fresh evaluation would give: the integrals stay identical to the bit.
/// One memo must only be shared by integrals whose shared part is the same function of x for the same key words.
/// Used inside one task; not Sendable.
public final class SharedPanelValues {
    /// The numbers stored per abscissa.
    public let componentCount: Int
    /// The numbers stored per panel.
    private let panelStride: Int
    /// Open addressing with linear probing over `capacity` slots (a power of two), at most half of them full.
    private var slots: UnsafeMutablePointer<Slot>
    private var capacity: Int
    /// The panels' numbers, `panelStride` per panel, room for `valueCapacity` panels.
    private var values: UnsafeMutablePointer<Double>
    private var valueCapacity: Int
    /// Panels stored.
    private var count = 0
    /// Panels found already computed (for tests and measurements).
    public private(set) var hits = 0
    /// Panels computed (for tests and measurements).
    public var misses: Int { count }

    struct PanelKey: Equatable {
        var a: UInt64, b: UInt64, first: UInt64, second: UInt64
    }

    /// A key and where its panel's numbers start in `values` (−1: empty slot).
    struct Slot {
        var key: PanelKey
        var offset: Int
    }

    /// An empty memo storing `componentCount` numbers per abscissa.
    public init(componentCount: Int) {
        precondition(componentCount > 0, "at least one shared number per abscissa")
        self.componentCount = componentCount
        panelStride = AdaptiveQuadrature.panelPointCount * componentCount
        capacity = 128
        slots = Self.emptySlots(capacity)
        valueCapacity = capacity / 2
        values = .allocate(capacity: valueCapacity * panelStride)
    }

    deinit {
        slots.deallocate()
        values.deallocate()
    }

    private static func emptySlots(_ capacity: Int) -> UnsafeMutablePointer<Slot> {
        let slots = UnsafeMutablePointer<Slot>.allocate(capacity: capacity)
        slots.initialize(repeating: Slot(key: PanelKey(a: 0, b: 0, first: 0, second: 0), offset: -1), count: capacity)
        return slots
    }

    private static func hash(_ key: PanelKey) -> Int {
        var hash = key.a &* 0x9E37_79B9_7F4A_7C15
        hash ^= (key.b &* 0xC2B2_AE3D_27D4_EB4F) ^ (key.first &* 0x1656_67B1_9E37_79F9) ^ (key.second &* 0x27D4_EB2F_1656_67C5)
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }

    /// The slot holding `key`, or the empty slot where it belongs.
    private func slot(of key: PanelKey) -> UnsafeMutablePointer<Slot> {
        let mask = capacity - 1
        var index = Self.hash(key) & mask
        while slots[index].offset >= 0 && slots[index].key != key { index = (index + 1) & mask }
        return slots + index
    }

    private func grow() {
        let old = slots, oldCapacity = capacity
        capacity *= 2
        slots = Self.emptySlots(capacity)
        for index in 0..<oldCapacity where old[index].offset >= 0 { slot(of: old[index].key).pointee = old[index] }
        old.deallocate()
        let moved = UnsafeMutablePointer<Double>.allocate(capacity: capacity / 2 * panelStride)
        moved.update(from: values, count: count * panelStride)
        values.deallocate()
        values = moved
        valueCapacity = capacity / 2
    }

    /// Forgets every panel (keeping the room), e.g. when the integrals move on to panels that cannot recur.
    public func removeAll() {
        guard count > 0 else { return }
        for index in 0..<capacity { slots[index].offset = -1 }
        count = 0
    }

    /// The panel's `AdaptiveQuadrature.panelPointCount` × `componentCount` numbers, component by component (component c
    /// of point p at c × panelPointCount + p; valid until the next call), computed with `compute(points, out)` (which
    /// writes them in that layout) if the panel is new.
    fileprivate func panel(
        _ key: PanelKey, points: UnsafePointer<Double>, compute: (UnsafePointer<Double>, UnsafeMutablePointer<Double>) -> Void
    ) -> UnsafePointer<Double> {
        let found = slot(of: key)
        if found.pointee.offset >= 0 {
            hits += 1
            return UnsafePointer(values + found.pointee.offset)
        }
        let offset = count * panelStride
        found.pointee = Slot(key: key, offset: offset)
        count += 1
        compute(points, values + offset)
        if count == valueCapacity { grow() }
        return UnsafePointer(values + offset)
    }
}

extension AdaptiveQuadrature {
    /// `integrate(from:to:breakpoints:absoluteTolerance:relativeTolerance:maxSubintervals:_:)` for an integrand
    /// f(x) = `combine`(x, s(x)) whose part s(x) (`shared` writes its `memo.componentCount` numbers) several integrals
    /// share: s is taken from `memo` at every panel an earlier integral with the same key words `first`, `second`
    /// computed. The same points, the same sums in the same order and the same subdivision as the scalar form with
    /// f, hence the same result to the bit.
    public static func integrate(
        from a: Double, to b: Double,
        breakpoints: [Double] = [],
        absoluteTolerance: Double = 0,
        relativeTolerance: Double = 1e-10,
        maxSubintervals: Int = 2000,
        sharing memo: SharedPanelValues, keys first: UInt64 = 0, _ second: UInt64 = 0,
        shared: (Double, UnsafeMutablePointer<Double>) -> Void,
        combine: (Double, UnsafePointer<Double>) -> Double
    ) -> QuadratureResult {
        let components = memo.componentCount
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: components) { scratch in
            let point = scratch.baseAddress!
            return integrate(
                from: a, to: b, breakpoints: breakpoints, absoluteTolerance: absoluteTolerance,
                relativeTolerance: relativeTolerance, maxSubintervals: maxSubintervals, sharing: memo, keys: first, second,
                sharedPanel: { points, out in
                    for p in 0..<panelPointCount {
                        shared(points[p], point)
                        for c in 0..<components { out[c * panelPointCount + p] = point[c] }
                    }
                },
                combinePanel: { points, stored, values in
                    for p in 0..<panelPointCount {
                        for c in 0..<components { point[c] = stored[c * panelPointCount + p] }
                        values[p] = combine(points[p], UnsafePointer(point))
                    }
                })
        }
    }

    /// The same with the shared part and the integrand evaluated a panel at a time (so that they can vectorise):
    /// `sharedPanel(points, out)` writes component c of s at points[p] to out[c × panelPointCount + p], and
    /// `combinePanel(points, stored, values)` writes f(points[p]) to values[p] from s in that layout. The same result to
    /// the bit as the scalar form when each value is the number f gives.
    public static func integrate(
        from a: Double, to b: Double,
        breakpoints: [Double] = [],
        absoluteTolerance: Double = 0,
        relativeTolerance: Double = 1e-10,
        maxSubintervals: Int = 2000,
        sharing memo: SharedPanelValues, keys first: UInt64 = 0, _ second: UInt64 = 0,
        sharedPanel: (UnsafePointer<Double>, UnsafeMutablePointer<Double>) -> Void,
        combinePanel: (UnsafePointer<Double>, UnsafePointer<Double>, UnsafeMutablePointer<Double>) -> Void
    ) -> QuadratureResult {
        oriented(a, b) { a, b in
            withUnsafeTemporaryAllocation(of: Double.self, capacity: 2 * panelPointCount) { buffer in
                let points = buffer.baseAddress!, values = points + panelPointCount
                func kronrod(_ a: Double, _ b: Double) -> (Double, Double) {
                    let half = placePanelPoints(a, b, into: points)
                    let key = SharedPanelValues.PanelKey(a: a.bitPattern, b: b.bitPattern, first: first, second: second)
                    let stored = memo.panel(key, points: points, compute: sharedPanel)
                    combinePanel(UnsafePointer(points), stored, values)
                    return panelEstimate(UnsafePointer(values), half: half)
                }
                return bisect(
                    from: a, to: b, breakpoints: breakpoints, absoluteTolerance: absoluteTolerance,
                    relativeTolerance: relativeTolerance, maxSubintervals: maxSubintervals, rule: kronrod)
            }
        }
    }
}
