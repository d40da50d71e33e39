/// A point inside a ``PeriodicStack``: the period, the layer of that period, and the depth into
/// that layer in radiation lengths of the layer's material. The back face is (repetitions, 0, 0).
struct StackPosition: Sendable, Equatable {
    var period: Int
    var layer: Int
    var offsetX0: Double

    /// The front face of the target.
    static let front = StackPosition(period: 0, layer: 0, offsetX0: 0)
}

/// One value per distinct material of the target (lane m is material m; unused lanes are zero).
typealias MaterialVector = SIMD4<Double>

/// The target as one period of layers repeated, measured in radiation lengths.
///
/// Any quantity that accumulates along the path at a rate per X₀ that depends only on the
/// material (the radiation-length depth itself, the photon's optical depth, the continuous energy
/// loss) is Σ_m rate_m·X₀_m(position), with X₀_m(position) the radiation lengths of material m
/// between the front face and the position: a piecewise-linear function of depth whose shape
/// repeats every period. ``materialDepthsX0(at:)`` and ``position(rates:atCumulative:)`` map a
/// position to those depths and an accumulated amount back to the position in O(layers per
/// period), however many periods lie in between: the transport never stops at a layer boundary.
struct PeriodicStack: Sendable {
    /// The most distinct materials a target may have (the lanes of ``MaterialVector``).
    static let maximumMaterialCount = MaterialVector.scalarCount

    let repetitions: Int
    /// Layers of one period, front to back.
    let layerCount: Int
    /// Index of each layer's material among the target's distinct materials.
    let layerMaterial: [Int]
    /// Thickness of each layer of the period [X₀ of its material].
    let layerThicknessX0: [Double]
    /// X₀ of each material in the layers before layer j of the period.
    let materialPrefixX0: [MaterialVector]
    /// 1 in the lane of layer j's material, 0 elsewhere.
    let layerIndicator: [MaterialVector]
    /// X₀ of each material in one period.
    let periodX0: MaterialVector
    /// Radiation length of each distinct material [cm].
    let radiationLengthCm: MaterialVector
    /// 1 in the lane of every material of the target: the rates whose cumulative is the depth in X₀.
    let unitRates: MaterialVector

    init(geometry: TargetGeometry) {
        let materials = geometry.materials
        precondition(materials.count <= Self.maximumMaterialCount,
                     "a target has at most \(Self.maximumMaterialCount) distinct materials")
        repetitions = geometry.repetitions
        layerCount = geometry.period.count
        layerMaterial = geometry.period.map { layer in materials.firstIndex(of: layer.material)! }
        layerThicknessX0 = geometry.period.map { $0.thicknessCm / $0.material.radiationLengthCm }
        var prefix: [MaterialVector] = [], indicator: [MaterialVector] = []
        var sum = MaterialVector()
        for (j, material) in layerMaterial.enumerated() {
            prefix.append(sum)
            var lane = MaterialVector()
            lane[material] = 1
            indicator.append(lane)
            sum[material] += layerThicknessX0[j]
        }
        materialPrefixX0 = prefix
        layerIndicator = indicator
        periodX0 = sum
        var lengths = MaterialVector(), unit = MaterialVector()
        for (m, material) in materials.enumerated() {
            lengths[m] = material.radiationLengthCm
            unit[m] = 1
        }
        radiationLengthCm = lengths
        unitRates = unit
    }

    /// The back face.
    var back: StackPosition { StackPosition(period: repetitions, layer: 0, offsetX0: 0) }

    /// Total X₀ of each material.
    var totalX0: MaterialVector { Double(repetitions) * periodX0 }

    /// X₀ of each material between the front face and `position`.
    @inline(__always)
    func materialDepthsX0(at position: StackPosition) -> MaterialVector {
        let whole = Double(position.period) * periodX0
        guard position.period < repetitions else { return whole }
        return whole + materialPrefixX0[position.layer] + position.offsetX0 * layerIndicator[position.layer]
    }

    /// The position where Σ_m rates_m·X₀_m reaches `value` (the back face when it is reached only
    /// beyond the target). The rates of the target's materials must be positive.
    @inline(__always)
    func position(rates: MaterialVector, atCumulative value: Double) -> StackPosition {
        let perPeriod = (rates * periodX0).sum()
        guard value < Double(repetitions) * perPeriod else { return back }
        var period = Int((max(value, 0) / perPeriod).rounded(.down))
        var remainder = value - Double(period) * perPeriod
        if remainder < 0 { period -= 1; remainder += perPeriod }
        if remainder >= perPeriod { period += 1; remainder -= perPeriod }
        if period >= repetitions { return back }
        if period < 0 { return .front }
        var layer = 0
        while true {
            let rate = rates[layerMaterial[layer]]
            let amount = rate * layerThicknessX0[layer]
            if remainder < amount || layer == layerCount - 1 {
                let offset = min(max(remainder / rate, 0), layerThicknessX0[layer])
                return StackPosition(period: period, layer: layer, offsetX0: offset)
            }
            remainder -= amount
            layer += 1
        }
    }
}
