import Foundation
import Physics
import BuildEngine
import DataFormats

/// `signal-energy-spectra`: the 2022 paper's Fig. 6. That figure shows η^down(E_F) for the resonant and the
/// radiative process at several masses; in this project's resolution model (docs/PHYSICS.md §9) η depends on
/// E_F alone, so those curves would coincide. The step writes η(E_F) once and, per process and mass, the E_F
/// spectrum (`SignalEnergySpectrum`, over its maximum) and that spectrum times η: where each process's Z′
/// energies fall on the efficiency step. Inputs: `track-lengths` (T± in lead) and `efficiency` (η table).
/// Output `table` (`SignalEnergySpectrumTable`); the metadata gives each curve's spectrum-averaged ⟨η⟩.
struct SignalEnergySpectraStep: StepKind {
    struct Parameters: ParameterSet {
        var beam_energy_GeV: Double = 100
        var radiative_masses_GeV: [Double] = [0.003, 0.03, 0.3]
        var resonant_masses_GeV: [Double] = [0.2, 0.25, 0.3]
        var points: Int = 400
        var peak_points: Int = 200
        var approximation: StrahlungChoice = .iww

        static let defaults = Parameters()
        static let parameterDocs: [ParameterDoc] = [
            ParameterDoc("beam_energy_GeV", unit: "GeV", "E₀: the grid runs from 0.5 GeV to E₀"),
            ParameterDoc("radiative_masses_GeV", unit: "GeV", "Z′ masses of the radiative (strahlung) spectra"),
            ParameterDoc(
                "resonant_masses_GeV", unit: "GeV",
                "Z′ masses of the resonant spectra; E_R = m²/2m_e − m_e must lie below E₀"),
            ParameterDoc("points", unit: "1", "points of the uniform E_F grid"),
            ParameterDoc("peak_points", unit: "1", "extra points around each resonance E_R (sinh-spaced, ±20 %)"),
            ParameterDoc("approximation", "the strahlung cross section: iww or ww (docs/PHYSICS.md §7)")
        ]
    }

    static let name = "signal-energy-spectra"
    static let summary = "Fig. 6 (2022 paper): η(E_F) and the E_F spectra of the resonant and radiative processes"
    static let codeFingerprint = CodeFingerprints.physicsSteps
    static let requiredInputs = ["track-lengths", "efficiency"]

    static func validate(_ p: Parameters) -> String? {
        if !(p.beam_energy_GeV > 1 && p.beam_energy_GeV.isFinite) { return "beam_energy_GeV: expected a finite energy above 1 GeV" }
        if p.radiative_masses_GeV.isEmpty && p.resonant_masses_GeV.isEmpty { return "expected at least one mass" }
        if let bad = p.radiative_masses_GeV.first(where: { !($0 > 0 && $0 < p.beam_energy_GeV / 2) }) {
            return "radiative_masses_GeV: expected masses in (0, E0/2), found \(canonicalNumber(bad))"
        }
        let me = PhysicalConstants.electronMassGeV
        if let bad = p.resonant_masses_GeV.first(where: { !($0 > 2 * me && $0 * $0 / (2 * me) - me < p.beam_energy_GeV) }) {
            return "resonant_masses_GeV: E_R = m^2/2m_e - m_e must be below E0, found m = \(canonicalNumber(bad))"
        }
        for list in [p.radiative_masses_GeV, p.resonant_masses_GeV] where Set(list).count != list.count {
            return "masses must be distinct within each process"
        }
        if p.points < 10 || p.points > 100_000 { return "points: expected 10 to 100000" }
        if p.peak_points < 0 || p.peak_points > 100_000 { return "peak_points: expected 0 to 100000" }
        return nil
    }

    static func curveKeys(_ p: Parameters) -> [(process: String, massGeV: Double)] {
        p.resonant_masses_GeV.map { ("resonant", $0) } + p.radiative_masses_GeV.map { ("radiative", $0) }
    }

    static func declaredOutputs(of p: Parameters) -> DeclaredOutputs? {
        .table(columns: SignalEnergySpectrumTable.columnNames(curves: curveKeys(p)))
    }

    static func energies(_ p: Parameters) -> [Double] {
        let me = PhysicalConstants.electronMassGeV
        let uniform = Grid.linear(from: 0.5, to: p.beam_energy_GeV, count: p.points)
        let peaks = p.resonant_masses_GeV.map { mass -> [Double] in
            let resonance = mass * mass / (2 * me) - me
            return p.peak_points > 1
                ? Grid.sinhSpaced(center: resonance, width: 0.002 * resonance, halfRange: 0.2 * resonance, count: p.peak_points) : []
        }
        return Grid.merged([uniform] + peaks, lower: 0.5, upper: p.beam_energy_GeV)
    }

    static func run(_ p: Parameters, inputs: StepInputs, context: StepContext) throws -> [Artifact] {
        let trackLengths = try YieldInputTables.trackLengths(
            inputs.data("track-lengths"), source: inputs.sources["track-lengths"] ?? "track-lengths")
        let efficiencyTable = try YieldInputTables.efficiency(
            inputs.data("efficiency"), source: inputs.sources["efficiency"] ?? "efficiency")
        let grid = energies(p)
        let efficiency = grid.map { efficiencyTable($0) }
        let keys = curveKeys(p)
        let approximation = p.approximation.approximation
        let maximumEnergy = trackLengths.binEdgesGeV[trackLengths.binCount]
        let raw: [[Double]] = OrderedParallelMap.map(count: keys.count, progress: context.reportProgress) { index in
            let key = keys[index]
            if key.process == "resonant" {
                return SignalEnergySpectrum.resonant(
                    massGeV: key.massGeV, kernel: .lead, trackLengths: trackLengths, zPrimeEnergiesGeV: grid)
            }
            let crossSection = StrahlungCrossSection(
                bosonMassGeV: key.massGeV, leptonMassGeV: PhysicalConstants.electronMassGeV, approximation: approximation,
                maximumBeamEnergyGeV: maximumEnergy)
            return SignalEnergySpectrum.radiative(crossSection: crossSection, trackLengths: trackLengths, zPrimeEnergiesGeV: grid)
        }
        var curves: [SignalEnergySpectrumTable.Curve] = []
        var averages: [String] = []
        for (key, spectrum) in zip(keys, raw) {
            guard let peak = spectrum.max(), peak > 0 else {
                throw StepFailure("the \(key.process) spectrum at m = \(canonicalNumber(key.massGeV)) GeV is empty on the grid")
            }
            curves.append(.init(process: key.process, massGeV: key.massGeV, spectrum: spectrum.map { $0 / peak }))
            let average = SignalEnergySpectrum.averageEfficiency(energiesGeV: grid, spectrum: spectrum, efficiency: efficiency) ?? 0
            averages.append("\(key.process):\(canonicalNumber(key.massGeV))=\(canonicalNumber(average))")
        }
        let table = SignalEnergySpectrumTable(
            energiesGeV: grid, efficiency: efficiency, curves: curves,
            metadata: [
                ("curves", keys.map { "\($0.process):\(canonicalNumber($0.massGeV))" }.joined(separator: " ")),
                ("average_efficiency", averages.joined(separator: " ")),
                ("model", "eta depends on E_F only (PHYSICS.md section 9): one efficiency curve for every process")
            ])
        return [Artifact(name: "table", data: try table.encoded())]
    }
}
