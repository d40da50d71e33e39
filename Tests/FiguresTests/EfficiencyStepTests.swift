import Foundation
import BuildEngine
import DataFormats
import Testing

@testable import Figures

/// Parameters as the engine decodes them: the given keys (JSON is YAML's flow style) over the defaults.
private func efficiencyParameters(_ json: String) throws -> EfficiencyStep.Parameters {
    try ConfigDecoder().decode(EfficiencyStep.Parameters.self, from: ConfigNode.parseYAML(json, file: "test.yaml"), path: [])
}

/// Runs the `efficiency` step with parameters decoded from JSON.
private func runEfficiency(_ json: String) throws -> Table {
    let parameters = try efficiencyParameters(json)
    let artifacts = try EfficiencyStep.run(
        parameters, inputs: StepInputs(artifacts: [:], sources: [:]),
        context: StepContext(stepName: "test"))
    return try Table(decoding: artifacts[0].data)
}

@Test func efficiencyGridSpansZeroToBeamAndIsDenseAtTheStep() throws {
    let table = try runEfficiency("{}")
    #expect(table.columns.map(\.name) == ["energy_GeV", "efficiency"])
    let energies = try table.column("energy_GeV"), efficiency = try table.column("efficiency")
    #expect(energies.first == 0 && energies.last == 100)
    #expect(zip(energies, energies.dropFirst()).allSatisfy { $0 < $1 })
    // σ(50 GeV) = 50·√(0.1²/50 + 0.04²) ≈ 2.12 GeV: ±1 GeV around E_F = 50 holds far more than the 0.5 GeV uniform grid gives.
    #expect(energies.filter { abs($0 - 50) < 1 }.count > 20)
    // The step: η rises monotonically from ≈ 0 to the plateau, through ½ at E_F = E₀ − E_thr.
    #expect(zip(efficiency, efficiency.dropFirst()).allSatisfy { $0 <= $1 })
    #expect(efficiency.first! < 1e-6 && efficiency.last! == 1)
    let atStep = try #require(energies.firstIndex(of: 50))
    #expect(abs(efficiency[atStep] - 0.5) < 1e-12)
}

@Test func efficiencyPlateauAndLinearCombinationChangeTheCurve() throws {
    let quadrature = try runEfficiency(#"{"plateau":0.8}"#)
    let linear = try runEfficiency(#"{"plateau":0.8,"combination":"linear"}"#)
    #expect(try quadrature.column("efficiency").last == 0.8)
    // The linear sum is wider, so just below the step it gives more efficiency than quadrature.
    let energies = try quadrature.column("energy_GeV")
    let index = try #require(energies.firstIndex { $0 >= 47 })
    let linearEnergies = try linear.column("energy_GeV")
    let linearIndex = try #require(linearEnergies.firstIndex(of: energies[index]))
    #expect(try linear.column("efficiency")[linearIndex] > quadrature.column("efficiency")[index])
}

@Test func efficiencyValidationRejectsThresholdAboveBeam() {
    let parameters = try? efficiencyParameters(#"{"threshold_GeV":150}"#)
    #expect(parameters.flatMap(EfficiencyStep.validate)?.contains("threshold_GeV") == true)
}
