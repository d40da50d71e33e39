import Foundation
import Physics
import DataFormats
import BuildEngine

extension YieldInputTables {
    /// The §9 efficiency model behind an `efficiency` table and the table's E_F grid, from the metadata the efficiency
    /// step writes (beam_energy_GeV, threshold_GeV, stochastic_term_sqrt_GeV, constant_term, combination, plateau), checked
    /// to reproduce the table's values: the threshold sampling recomputes η from it at other thresholds.
    static func efficiencyModel(_ data: Data, source: String) throws -> (model: SignalEfficiency, gridGeV: [Double]) {
        let table: EfficiencyTable
        do { table = try EfficiencyTable(decoding: data) } catch { throw StepFailure("\(source): \(error)") }
        let values = Dictionary(table.metadata.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        func number(_ key: String) throws -> Double {
            guard let text = values[key], let value = Double(text) else {
                throw StepFailure(
                    "\(source): sampling the ECAL threshold needs the efficiency model in the table's metadata "
                        + "(an `efficiency` step's table); '\(key)' is missing or not a number")
            }
            return value
        }
        guard let combination = values["combination"].flatMap(ResolutionCombination.init(rawValue:)) else {
            throw StepFailure(
                "\(source): sampling the ECAL threshold needs the efficiency model in the table's metadata "
                    + "(an `efficiency` step's table); 'combination' is missing or not quadrature/linear")
        }
        let model = SignalEfficiency(
            beamEnergyGeV: try number("beam_energy_GeV"), thresholdGeV: try number("threshold_GeV"),
            maximumEfficiency: try number("plateau"),
            resolution: CalorimeterResolution(
                stochasticTerm: try number("stochastic_term_sqrt_GeV"), constantTerm: try number("constant_term"),
                combination: combination))
        // The written numbers round-trip (canonicalNumber), so the model reproduces the table to rounding.
        let worst = zip(table.energiesGeV, table.efficiencies).map { abs(model.efficiency(zPrimeEnergyGeV: $0) - $1) }.max() ?? 0
        guard worst <= 1e-12 else {
            throw StepFailure(
                "\(source): the efficiency values differ from the model in the table's metadata by up to \(worst); "
                    + "sampling the ECAL threshold recomputes η from that model")
        }
        return (model, table.energiesGeV)
    }
}
