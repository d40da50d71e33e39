/// How the stochastic and constant terms of an energy resolution are combined.
public enum ResolutionCombination: String, Sendable, Hashable, Codable, CaseIterable {
    /// σ/E = a/√E ⊕ b = √((a/√E)² + b²), the usual convention.
    case quadrature
    /// σ/E = a/√E + b, as the NA64 papers write it (docs/PHYSICS.md §9).
    case linear
}

/// A calorimeter energy resolution σ_E/E = a/√E (⊕ or +) b, with E in GeV.
public struct CalorimeterResolution: Sendable, Hashable, Codable {
    /// Stochastic term a [fraction·√GeV] (0.10 means 10 %/√E).
    public var stochasticTerm: Double
    /// Constant term b [fraction].
    public var constantTerm: Double
    /// Quadrature or linear sum.
    public var combination: ResolutionCombination

    /// A resolution; the defaults are the NA64-e ECAL's 10 %/√E ⊕ 4 % (docs/PHYSICS.md §9).
    public init(stochasticTerm: Double = 0.10, constantTerm: Double = 0.04, combination: ResolutionCombination = .quadrature) {
        self.stochasticTerm = stochasticTerm
        self.constantTerm = constantTerm
        self.combination = combination
    }

    /// σ_E [GeV] at deposited energy `energyGeV` (zero at zero energy).
    public func standardDeviationGeV(energyGeV: Double) -> Double {
        guard energyGeV > 0 else { return 0 }
        let stochastic = stochasticTerm / energyGeV.squareRoot()
        switch combination {
        case .quadrature: return energyGeV * (stochastic * stochastic + constantTerm * constantTerm).squareRoot()
        case .linear: return energyGeV * (stochastic + constantTerm)
        }
    }
}
