import DataFormats
import Physics

/// An explicit conversion of the couplings a figure entry reads (`transform:` in figures.yaml).
///
/// A dataset's y values are drawn as declared unless the entry names a transform: converting
/// g′/e to g′ is physics (multiplying by e = √(4πα)), so it is written where a reader of
/// figures.yaml sees it, never applied because a file happens to hold g′/e.
enum CouplingTransform: String, Codable, Sendable, CaseIterable {
    /// g′/e → g′: multiplies by the electron charge e = √(4πα) (`PhysicalConstants.electronCharge`).
    case gOverEToG = "g-over-e-to-g"

    /// What the dataset must hold for the transform to apply.
    var input: DatasetCoupling {
        switch self {
        case .gOverEToG: return .gPrimeOverE
        }
    }

    /// What the entry draws after the transform.
    var output: DatasetCoupling {
        switch self {
        case .gOverEToG: return .gPrime
        }
    }

    /// The factor applied to every coupling.
    var factor: Double {
        switch self {
        case .gOverEToG: return PhysicalConstants.electronCharge
        }
    }
}

extension Optional where Wrapped == CouplingTransform {
    /// The factor of the transform, 1 when there is none.
    var factor: Double { self?.factor ?? 1 }
}
