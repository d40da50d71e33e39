import Foundation

/// The coupling-independent yield integrals per Z′ mass and beam (docs/PHYSICS.md §10): what the `limits` step
/// computes once and writes as its artifact `yield-integrals`, so that a `yields` step can scale them instead of
/// computing them again.
///
/// Columns `m_GeV`, then per beam `radiative_<beam>` (I_rad for ε = 1) and `resonant_<beam>` (I_res per unit
/// |Π(m²)|² BR_inv), in cm³ per primary. Metadata `beams` lists the beams in column order; the rest is the producer's.
/// Numbers are written in shortest round-trip form, so a reader gets the computed values bit for bit.
public struct YieldIntegralTable: InterStepTable, Equatable {
    /// One beam's integrals, one value per mass.
    public struct Beam: Sendable, Equatable {
        /// The beam's name (an identifier: it is part of the column names), e.g. `electron`.
        public var name: String
        /// I_rad [cm³ per primary].
        public var radiativeCm3: [Double]
        /// I_res [cm³ per primary] per unit |Π(m²)|² BR_inv.
        public var resonantCm3: [Double]

        /// A beam from its columns.
        public init(name: String, radiativeCm3: [Double], resonantCm3: [Double]) {
            self.name = name
            self.radiativeCm3 = radiativeCm3
            self.resonantCm3 = resonantCm3
        }
    }

    /// Z′ masses [GeV].
    public var massesGeV: [Double]
    /// The beams, in column order.
    public var beams: [Beam]
    /// The producer's settings (everything but `beams`).
    public var metadata: [(key: String, value: String)]

    /// A table from its columns.
    public init(massesGeV: [Double], beams: [Beam], metadata: [(key: String, value: String)] = []) {
        self.massesGeV = massesGeV
        self.beams = beams
        self.metadata = metadata
    }

    /// The column names for beams named `beams`, in order.
    public static func columnNames(beams: [String]) -> [String] {
        ["m_GeV"] + beams.flatMap { ["radiative_\($0)", "resonant_\($0)"] }
    }

    public var table: Table {
        Table(
            columns: [.init("m_GeV", unit: "GeV", "Z′ mass", massesGeV)]
                + beams.flatMap { beam in
                    [
                        Table.Column(
                            "radiative_\(beam.name)", unit: "cm^3", "I_rad per primary, \(beam.name) beam, epsilon = 1",
                            beam.radiativeCm3),
                        Table.Column(
                            "resonant_\(beam.name)", unit: "cm^3", "I_res per primary, \(beam.name) beam, per unit |Pi|^2 BR_inv",
                            beam.resonantCm3)
                    ]
                },
            metadata: [("beams", beams.map(\.name).joined(separator: " "))] + metadata)
    }

    /// Reads the table: the beams named by the `beams` metadata, each with both columns.
    public init(decoding data: Data) throws {
        let table = try Table(decoding: data)
        guard let list = table.metadata("beams") else { throw TableError(line: nil, "no 'beams' metadata (the beams in column order)") }
        let names = list.split(separator: " ").map(String.init)
        let masses = try table.column("m_GeV")
        let beams = try names.map { name in
            Beam(name: name, radiativeCm3: try table.column("radiative_\(name)"), resonantCm3: try table.column("resonant_\(name)"))
        }
        self.init(massesGeV: masses, beams: beams, metadata: table.metadata.filter { $0.key != "beams" })
    }

    public static func == (a: Self, b: Self) -> Bool { a.table == b.table }
}
