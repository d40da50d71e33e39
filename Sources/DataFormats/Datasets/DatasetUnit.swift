import Foundation

/// A unit a dataset column may be declared in, with its conversion to the canonical unit of its dimension.
///
/// Canonical units: GeV for energy and mass, cm for length, cm/GeV for
/// differential track length, cm² for cross sections, 1 for dimensionless numbers.
/// Spellings are case-sensitive and listed in `DatasetUnit.allSpellings`.
public enum DatasetUnit: String, Sendable, CaseIterable, Equatable {
    case gigaElectronVolt = "GeV"
    case megaElectronVolt = "MeV"
    case kiloElectronVolt = "keV"
    case electronVolt = "eV"
    case centimetre = "cm"
    case millimetre = "mm"
    case metre = "m"
    case centimetrePerGigaElectronVolt = "cm/GeV"
    case centimetrePerMegaElectronVolt = "cm/MeV"
    case millimetrePerMegaElectronVolt = "mm/MeV"
    case squareCentimetre = "cm^2"
    case dimensionless = "1"

    /// The physical dimension of a unit; values are converted to the dimension's canonical unit.
    public enum Dimension: String, Sendable, Equatable {
        case energy, length, lengthPerEnergy, area, dimensionless

        /// The canonical unit values of this dimension are converted to.
        public var canonicalUnit: DatasetUnit {
            switch self {
            case .energy: return .gigaElectronVolt
            case .length: return .centimetre
            case .lengthPerEnergy: return .centimetrePerGigaElectronVolt
            case .area: return .squareCentimetre
            case .dimensionless: return .dimensionless
            }
        }
    }

    /// Every accepted spelling, in declaration order (for error messages and docs).
    public static var allSpellings: [String] { allCases.map(\.rawValue) }

    /// Parses a unit spelling; `""` and `dimensionless` are accepted as synonyms of `1`.
    public init?(spelling: String) {
        switch spelling {
        case "", "dimensionless": self = .dimensionless
        default:
            guard let unit = DatasetUnit(rawValue: spelling) else { return nil }
            self = unit
        }
    }

    /// The dimension this unit measures.
    public var dimension: Dimension {
        switch self {
        case .gigaElectronVolt, .megaElectronVolt, .kiloElectronVolt, .electronVolt: return .energy
        case .centimetre, .millimetre, .metre: return .length
        case .centimetrePerGigaElectronVolt, .centimetrePerMegaElectronVolt,
            .millimetrePerMegaElectronVolt:
            return .lengthPerEnergy
        case .squareCentimetre: return .area
        case .dimensionless: return .dimensionless
        }
    }

    /// Converts a value in this unit to the canonical unit of its dimension.
    ///
    /// Scales down by dividing by an exact power of ten, so a decimal input such as 2.5 MeV gives exactly the
    /// double nearest 0.0025 GeV (multiplying by 1e-3 could be one unit in the last place off).
    public func toCanonical(_ value: Double) -> Double {
        switch self {
        case .gigaElectronVolt, .centimetre, .centimetrePerGigaElectronVolt, .squareCentimetre,
            .dimensionless:
            return value
        case .megaElectronVolt: return value / 1e3
        case .kiloElectronVolt: return value / 1e6
        case .electronVolt: return value / 1e9
        case .millimetre: return value / 10
        case .metre: return value * 100
        case .centimetrePerMegaElectronVolt: return value * 1e3
        case .millimetrePerMegaElectronVolt: return value * 1e2
        }
    }
}

/// A quantity declaration `NAME [UNIT]` as written in a dataset header (e.g. `m_Z' [GeV]`, `g' [1]`).
public struct DatasetQuantity: Sendable, Equatable {
    /// The quantity's name as written (e.g. `m_Z'`).
    public var name: String
    /// The declared unit.
    public var unit: DatasetUnit

    /// Creates a quantity declaration.
    public init(name: String, unit: DatasetUnit) {
        self.name = name
        self.unit = unit
    }

    /// Splits `NAME [UNIT] rest` into name, unit spelling and the rest; `nil` when there is no `[…]`.
    static func split(_ text: String) -> (name: String, unit: String, rest: String)? {
        guard let open = text.firstIndex(of: "["),
            let close = text[open...].firstIndex(of: "]")
        else { return nil }
        let name = text[..<open].trimmingCharacters(in: .whitespaces)
        let unit = text[text.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
        let rest = text[text.index(after: close)...].trimmingCharacters(in: .whitespaces)
        return (name, unit, rest)
    }
}
