import Foundation

/// σ(s)·(s − 4m_χ²) of one `DarkMatterAnnihilation` at a fixed Z′ width, with every per-call constant
/// (m_χ², 4m_χ², M², M²Γ², g_χ²g², the lepton thresholds) computed once: the thermal average's integrand calls it
/// some 10³ times per node. The operations on s are those of `crossSectionTimesFlux` and
/// `finalStateFactor`, in the same order, so the values are the same to the bit.
struct AnnihilationKernel {
    /// 4 m_χ² [GeV²].
    let threshold: Double
    /// 2 m_χ² [GeV²].
    let twiceMassSquared: Double
    /// Whether G(s) = s + 2m_χ² (the vector χ current of the pseudo-Dirac state) rather than s − 4m_χ².
    let isVectorCurrent: Bool
    /// M² [GeV²].
    let mediatorMassSquared: Double
    /// M²Γ² [GeV⁴].
    let widthTerm: Double
    /// g_χ² g².
    let couplings: Double
    /// 4m_f² and 2m_f² [GeV²] of μ and τ.
    let muonThreshold: Double, twiceMuonMassSquared: Double
    let tauThreshold: Double, twiceTauMassSquared: Double

    init(_ process: DarkMatterAnnihilation, widthGeV: Double) {
        let m2 = process.darkMatterMassGeV * process.darkMatterMassGeV
        threshold = 4 * m2
        twiceMassSquared = 2 * m2
        isVectorCurrent = process.kind == .pseudoDirac
        let mass2 = process.mediatorMassGeV * process.mediatorMassGeV
        mediatorMassSquared = mass2
        widthTerm = mass2 * widthGeV * widthGeV
        couplings = process.darkCoupling * process.darkCoupling * process.coupling * process.coupling
        let muon2 = PhysicalConstants.muonMassGeV * PhysicalConstants.muonMassGeV
        let tau2 = PhysicalConstants.tauMassGeV * PhysicalConstants.tauMassGeV
        (muonThreshold, twiceMuonMassSquared) = (4 * muon2, 2 * muon2)
        (tauThreshold, twiceTauMassSquared) = (4 * tau2, 2 * tau2)
    }

    /// σ(s)·(s − 4m_χ²) [GeV⁻²·GeV²]; 0 at or below threshold.
    @inline(__always)
    func callAsFunction(_ s: Double) -> Double {
        guard s > threshold else { return 0 }
        return branchFree(s)
    }

    /// σ(s)·(s − 4m_χ²) without branches (a select at the end), for loops that the compiler can vectorise: the
    /// operations of `crossSectionTimesFlux` and `finalStateFactor` in their order (a closed lepton channel adds 0,
    /// and `sum + 0` is `sum` exactly). Below threshold β is NaN and discarded.
    @inline(__always)
    func branchFree(_ s: Double) -> Double {
        let beta = (1 - threshold / s).squareRoot()
        let chiFactor = isVectorCurrent ? s + twiceMassSquared : s - threshold
        let propagator = 1 / ((s - mediatorMassSquared) * (s - mediatorMassSquared) + widthTerm)
        var sum = s
        sum += Self.channel(s, threshold: muonThreshold, twiceMassSquared: twiceMuonMassSquared)
        sum += Self.channel(s, threshold: tauThreshold, twiceMassSquared: twiceTauMassSquared)
        let value = couplings * sum * beta * chiFactor * propagator / (12 * Double.pi)
        return s > threshold ? value : 0
    }

    /// β_f (s + 2m_f²) of one lepton channel (4m_f² = `threshold`), +0 while it is closed (and `sum + 0` is `sum`).
    @inline(__always)
    static func channel(_ s: Double, threshold: Double, twiceMassSquared: Double) -> Double {
        s > threshold ? (1 - threshold / s).squareRoot() * (s + twiceMassSquared) : 0
    }
}
