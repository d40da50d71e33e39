import Foundation
import Physics
import BuildEngine
import DataFormats
import Testing

@testable import Figures

/// Parses a figures.yaml holding one `track-lengths` step with the given `params:` lines.
private func parseTrackLengthStep(_ paramLines: [String]) throws(ConfigError) -> Project {
    let text =
        (["version: 1", "steps:", "  tl:", "    kind: track-lengths", "    params:"]
        + paramLines.map { "      " + $0 }).joined(separator: "\n") + "\n"
    return try Project.parse(
        text: text, rootDirectory: "/nonexistent", configFile: "figures.yaml",
        registry: ProjectKinds.registry)
}

/// The error text of parsing, or nil if it parsed.
private func parseError(_ paramLines: [String]) -> String? {
    do {
        _ = try parseTrackLengthStep(paramLines)
        return nil
    } catch {
        return error.description
    }
}

/// Runs the step with parameters decoded from JSON as the engine decodes them (JSON is YAML's flow style).
private func runTrackLengths(_ json: String, inputs: StepInputs = StepInputs(artifacts: [:], sources: [:])) throws -> Table {
    let parameters = try ConfigDecoder().decode(TrackLengthParameters.self, from: ConfigNode.parseYAML(json, file: "test.yaml"), path: [])
    let artifacts = try TrackLengthStep.run(parameters, inputs: inputs, context: StepContext(stepName: "test"))
    return try Table(decoding: artifacts[0].data)
}

/// The fixed column set other steps read (docs/STEPS.md), then the bin centre.
private let expectedColumns = [
    "energy_low_GeV", "energy_high_GeV", "electrons_lead", "positrons_lead", "electrons_scintillator",
    "positrons_scintillator", "electrons_lead_error", "positrons_lead_error", "electrons_scintillator_error",
    "positrons_scintillator_error", "energy_center_GeV"
]

@Test func trackLengthDecodingAcceptsAStepWithDefaults() throws {
    let project = try parseTrackLengthStep(["showers: 10"])
    #expect(project.nodes["tl"]?.step.kindName == "track-lengths")
}

@Test func trackLengthDecodingRejectsUnknownKeyWithLocation() {
    let message = parseError(["showers: 10", "shower_count: 5"])
    #expect(message?.contains("figures.yaml:7") == true, "got \(message ?? "no error")")
    #expect(message?.contains("shower_count") == true)
}

@Test func trackLengthValidationRejectsUnknownMaterialAndMixedApproximationA() {
    let unknown = parseError(["layers:", "  - {material: tungsten, thickness_cm: 0.1}"])
    #expect(
        unknown?.contains("layers[0].material: expected one of 'lead', 'scintillator', found 'tungsten'") == true,
        "got \(unknown ?? "no error")")
    // The ECAL default has two materials: Approximation A needs one.
    let mixed = parseError(["method: approximation-a"])
    #expect(mixed?.contains("homogeneous") == true, "got \(mixed ?? "no error")")
    #expect(parseError(["beam: muon"]) != nil)
}

@Test func approximationATableHasTheFixedFormatAndSwapsChargesWithTheBeam() throws {
    let common = #""method":"approximation-a","layers":[{"material":"lead","thickness_cm":10}],"energy_min_GeV":1,"energy_bins":6"#
    let electronBeam = try runTrackLengths("{\(common),\"beam\":\"electron\"}")
    let positronBeam = try runTrackLengths("{\(common),\"beam\":\"positron\"}")
    #expect(electronBeam.columns.map(\.name) == expectedColumns)
    #expect(electronBeam.rowCount == 6)
    #expect(electronBeam.metadata("method") == "approximation-a")
    #expect(electronBeam.metadata("showers") == "0")
    let electronsLead = try electronBeam.column("electrons_lead"), positronsLead = try electronBeam.column("positrons_lead")
    // The primary adds to the beam's charge only, so T₋ > T₊ > 0 in every bin for an e⁻ beam.
    for (electrons, positrons) in zip(electronsLead, positronsLead) { #expect(electrons > positrons && positrons > 0) }
    // Homogeneous lead: nothing in scintillator; analytic: no statistical error.
    #expect(try electronBeam.column("electrons_scintillator").allSatisfy { $0 == 0 })
    #expect(try electronBeam.column("electrons_lead_error").allSatisfy { $0 == 0 })
    // Approximation A is charge-symmetric apart from the primary: a positron beam swaps the columns exactly.
    #expect(try positronBeam.column("positrons_lead") == electronsLead)
    #expect(try positronBeam.column("electrons_lead") == positronsLead)
    // Bin edges: logarithmic from 1 GeV to the beam energy, contiguous.
    let low = try electronBeam.column("energy_low_GeV"), high = try electronBeam.column("energy_high_GeV")
    #expect(low.first == 1 && high.last == 100)
    #expect(Array(low.dropFirst()) == Array(high.dropLast()))
}

@Test func monteCarloTableCarriesErrorsAndMetadata() throws {
    // A small, fast run (debug build): 10 GeV e⁻ on 20 ECAL cells, 200 showers.
    let table = try runTrackLengths(#"{"beam_energy_GeV":10,"repetitions":20,"showers":200,"seed":7,"energy_bins":10}"#)
    #expect(table.columns.map(\.name) == expectedColumns)
    #expect(table.metadata("method") == "monte-carlo")
    #expect(table.metadata("beam") == "electron")
    #expect(table.metadata("showers") == "200")
    #expect(table.metadata("seed") == "7")
    let electrons = try table.column("electrons_lead"), errors = try table.column("electrons_lead_error")
    #expect(electrons.count == 10 && errors.count == 10)
    // The primary crosses every bin on its way down, so each e⁻ bin is filled and has a spread.
    for (value, error) in zip(electrons, errors) { #expect(value > 0 && error > 0 && error < value) }
}

/// A Geant4-style track-length table; lines 1–9 header, 10 CSV header, 11–13 rows.
private let importedLines = [
    "# format: dataset 1",
    "# name: track-lengths-fixture",
    "# kind: table",
    "# column: E [MeV] kinetic energy, bin centre",
    "# column: electrons_lead [mm/MeV] differential track length of electrons in lead per primary",
    "# column: electrons_lead_error [mm/MeV] its statistical error",
    "# column: positrons_lead [mm/MeV] differential track length of positrons in lead per primary",
    "# origin: simulated by Geant4 11.2 (test fixture)",
    "# licence: CC0-1.0",
    "E,electrons_lead,electrons_lead_error,positrons_lead",
    "500,12.5,0.1,3.0",
    "1000,6.0,0.05,1.5",
    "2000,2.9,0.02,0"
]

private func importedInputs(_ lines: [String]) -> StepInputs {
    StepInputs(
        artifacts: ["table": ["tracks.csv": Data((lines.joined(separator: "\n") + "\n").utf8)]],
        sources: ["table": "track-lengths/fixture.csv"])
}

@Test func importedTableIsConvertedToTheFixedFormat() throws {
    let table = try runTrackLengths(#"{"method":"table"}"#, inputs: importedInputs(importedLines))
    #expect(table.columns.map(\.name) == expectedColumns)
    // mm/MeV → cm/GeV is × 100; compared to 1e-12 relative, the rounding of one multiplication.
    let electrons = try table.column("electrons_lead"), errors = try table.column("electrons_lead_error")
    for (value, expected) in zip(electrons + errors, [1250.0, 600, 290, 10, 5, 2]) {
        #expect(abs(value - expected) <= 1e-12 * expected)
    }
    #expect(try table.column("electrons_scintillator") == [0, 0, 0])
    // Centres 0.5, 1, 2 GeV: inner edges at geometric means, outer ones mirrored in ln E (1e-15: rounding).
    let low = try table.column("energy_low_GeV"), high = try table.column("energy_high_GeV")
    #expect(abs(low[1] - 0.5.squareRoot()) < 1e-15 && abs(high[1] - 2.0.squareRoot()) < 1e-15)
    #expect(abs(low[0] - 0.5 / 2.0.squareRoot()) < 1e-15 && abs(high[2] - 2 * 2.0.squareRoot()) < 1e-15)
    #expect(table.metadata("origin") == "simulated by Geant4 11.2 (test fixture)")
}

@Test func importedTableRejectsAMalformedFileWithItsLine() {
    var lines = importedLines
    lines[12] = "900,2.9,0.02,0"  // energy not increasing, on line 13
    do {
        _ = try runTrackLengths(#"{"method":"table"}"#, inputs: importedInputs(lines))
        Issue.record("a decreasing energy column was accepted")
    } catch {
        #expect("\(error)".contains("track-lengths/fixture.csv:13"), "got \(error)")
    }
}

@Test func importedTableRejectsAnUnknownColumn() {
    var lines = importedLines
    lines[6] = "# column: photons_lead [mm/MeV] not a tally"
    lines[9] = "E,electrons_lead,electrons_lead_error,photons_lead"
    do {
        _ = try runTrackLengths(#"{"method":"table"}"#, inputs: importedInputs(lines))
        Issue.record("an unknown column was accepted")
    } catch {
        #expect("\(error)".contains("unknown column 'photons_lead'"), "got \(error)")
    }
}

@Test func tableMethodWithoutInputFails() {
    #expect(throws: StepFailure.self) { try runTrackLengths(#"{"method":"table"}"#) }
}
