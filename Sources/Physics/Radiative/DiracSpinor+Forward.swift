import Numerics

extension DiracSpinor {
    /// u(p, h) for a lepton of mass m, computed without cancellation for forward (and backward) momenta.
    ///
    /// The same spinor as `particle(_:helicitySign:)`, but for ultra-relativistic leptons E − |p| is taken as
    /// m²/(E + |p|) and the helicity basis from cos(θ/2) = √((|p| + p_z)/(2|p|)) and
    /// e^{iφ} sin(θ/2) = (p_x + i p_y)/√(2|p|(|p| + p_z)), so that neither loses digits at tiny angles
    /// (the strahlung kinematics have θ ~ 10⁻⁵ and E/m ~ 10⁵).
    static func forwardParticle(_ p: FourVector, massGeV m: Double, helicitySign h: Double) -> DiracSpinor {
        let both = forwardParticles(p, massGeV: m)
        return h > 0 ? both.plus : both.minus
    }

    /// u(p, −) and u(p, +) of `forwardParticle`, sharing the square roots and the helicity basis (the same numbers).
    static func forwardParticles(_ p: FourVector, massGeV m: Double) -> (minus: DiracSpinor, plus: DiracSpinor) {
        let momentum = p.spatialMagnitude
        let energy = (momentum * momentum + m * m).squareRoot()
        let cosHalf: Double, sinPhase: Complex<Double>  // cos(θ/2) and e^{iφ} sin(θ/2)
        if p.z >= 0 {
            let sum = momentum + p.z
            cosHalf = (sum / (2 * momentum)).squareRoot()
            let norm = 1 / (2 * momentum * sum).squareRoot()
            sinPhase = Complex(p.x * norm, p.y * norm)
        } else {
            // Backward (a soft outgoing lepton can be): cos(θ/2) = p_⊥/√(2|p|(|p| − p_z)), sin(θ/2) = √((|p| − p_z)/(2|p|)).
            let difference = momentum - p.z, transverse = (p.x * p.x + p.y * p.y).squareRoot()
            cosHalf = transverse / (2 * momentum * difference).squareRoot()
            let sinHalf = (difference / (2 * momentum)).squareRoot()
            sinPhase = transverse > 0 ? Complex(sinHalf * p.x / transverse, sinHalf * p.y / transverse) : Complex(sinHalf, 0)
        }
        // ξ₊ = (cos(θ/2), e^{iφ} sin(θ/2)), ξ₋ = (−e^{−iφ} sin(θ/2), cos(θ/2)); u = (√(E − h|p|) ξ, √(E + h|p|) ξ).
        let plusXi = (Complex(cosHalf, 0), sinPhase), minusXi = (-sinPhase.conjugate, Complex(cosHalf, 0))
        let small = m / (energy + momentum).squareRoot(), large = (energy + momentum).squareRoot()
        return (
            DiracSpinor(
                c0: scaled(large, minusXi.0), c1: scaled(large, minusXi.1), c2: scaled(small, minusXi.0),
                c3: scaled(small, minusXi.1)),
            DiracSpinor(
                c0: scaled(small, plusXi.0), c1: scaled(small, plusXi.1), c2: scaled(large, plusXi.0), c3: scaled(large, plusXi.1))
        )
    }
}
