import Foundation
import Physics
import BuildEngine
import DataFormats

/// `muon-strahlung-spectra`: normalised Z′ energy spectra (1/σ) dσ/dx of μ N → μ N Z′ on lead against
/// x = E_Z′/E₀, one per Z′ mass (the NA64-μ prospects paper's Fig. 4), from the differential cross section
/// the NA64-μ recast uses (`MuonBeamStrahlung`, docs/PHYSICS.md §12). Output `table` (`StrahlungSpectrumTable`);
/// the metadata records σ/g² over the whole kinematic range for each mass.
struct MuonStrahlungSpectraStep: StepKind {
    struct Parameters: ParameterSet {
        var beam_energy_GeV: Double = 160
        var masses_GeV: [Double] = [0.01, 0.1, 1]
        var points: Int = 200

        static let defaults = Parameters()
        static let parameterDocs: [ParameterDoc] = [
            ParameterDoc("beam_energy_GeV", unit: "GeV", "μ⁻ beam energy E₀ (NA64-μ: 160)"),
            ParameterDoc("masses_GeV", unit: "GeV", "Z′ masses, one spectrum each; distinct, each below E₀ − m_μ"),
            ParameterDoc(
                "points", unit: "1",
                "points of the uniform x grid in (0, 1); 40 points from 10⁻⁵ and 12 crowding x_max = 1 − m_μ/E₀ are added")
        ]
    }

    static let name = "muon-strahlung-spectra"
    static let summary = "prospects Fig. 4: normalised Z′ energy spectra (1/σ) dσ/dx from muon bremsstrahlung on lead"
    static let codeFingerprint = CodeFingerprints.physicsSteps
    static let requiredInputs: [String] = []

    static func validate(_ p: Parameters) -> String? {
        if !(p.beam_energy_GeV > 1 && p.beam_energy_GeV.isFinite) { return "beam_energy_GeV: expected a finite energy above 1 GeV" }
        if p.masses_GeV.isEmpty { return "masses_GeV: expected at least one mass" }
        let ceiling = p.beam_energy_GeV - PhysicalConstants.muonMassGeV
        if let bad = p.masses_GeV.first(where: { !($0 > 0 && $0 < ceiling) }) {
            return "masses_GeV: expected masses in (0, \(canonicalNumber(ceiling))) GeV, found \(canonicalNumber(bad))"
        }
        let names = p.masses_GeV.map { StrahlungSpectrumTable.columnName(massGeV: $0) }
        if Set(names).count != names.count { return "masses_GeV: values must be distinct" }
        if p.points < 2 || p.points > 100_000 { return "points: expected 2 to 100000" }
        return nil
    }

    static func declaredOutputs(of p: Parameters) -> DeclaredOutputs? {
        .table(columns: StrahlungSpectrumTable.columnNames(massesGeV: p.masses_GeV))
    }

    /// x in (0, 1): `points` uniform values, 40 more geometric from 10⁻⁵ up to the first of them (a light Z′'s
    /// spectrum grows like 1/x down to x = m/E₀), and 12 geometric in 1 − x from 10⁻² down to the end point.
    static func energyFractions(_ p: Parameters) -> [Double] {
        let xMaximum = 1 - PhysicalConstants.muonMassGeV / p.beam_energy_GeV
        let step = 1 / Double(p.points + 1)
        let uniform = (1...p.points).map { Double($0) * step }
        let nearStart = (0..<40).map { 1e-5 * pow(step / 1e-5, Double($0) / 40) }
        let nearEnd = (0..<12).map { 1 - 1e-2 * pow((1 - xMaximum) / 1e-2, Double($0) / 11) }
        return Grid.merged([nearStart, uniform, nearEnd], lower: 1e-5, upper: xMaximum)
    }

    static func run(_ p: Parameters, inputs: StepInputs, context: StepContext) throws -> [Artifact] {
        let fractions = energyFractions(p)
        let strahlung = MuonBeamStrahlung(beamEnergyGeV: p.beam_energy_GeV, flux: NuclearPhotonFlux(material: .lead))
        let masses = p.masses_GeV
        let results = OrderedParallelMap.map(count: masses.count, progress: context.reportProgress) { index in
            strahlung.spectrum(massGeV: masses[index], energyFractions: fractions)
        }
        var spectra: [[Double]] = []
        for (mass, result) in zip(masses, results) {
            guard result.total > 0 else { throw StepFailure("sigma vanishes for m = \(canonicalNumber(mass)) GeV") }
            spectra.append(result.differential.map { $0 / result.total })
        }
        let table = StrahlungSpectrumTable(
            energyFractions: fractions, massesGeV: masses, spectra: spectra,
            metadata: [
                (
                    "beam",
                    "mu- at \(canonicalNumber(p.beam_energy_GeV)) GeV on lead; WW with the exact 2->2 amplitude (PHYSICS.md section 12)"
                ),
                ("masses_GeV", masses.map(canonicalNumber).joined(separator: " ")),
                ("sigma_over_g2_GeV-2", results.map { canonicalNumber($0.total) }.joined(separator: " "))
            ])
        return [Artifact(name: "table", data: try table.encoded())]
    }
}
