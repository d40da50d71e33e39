extension ZPrimeModel {
    /// |Π(m²)|² BR_inv at the model's mass and coupling: what multiplies both per-unit yield integrals of
    /// NA64-e (docs/PHYSICS.md §10; ε² for a dark photon decaying invisibly).
    public var piSquaredTimesInvisibleBranching: Double {
        LoopFunction.pi(q2GeV2: massGeV * massGeV, coupling: coupling).lengthSquared * invisibleBranchingRatio
    }
}
