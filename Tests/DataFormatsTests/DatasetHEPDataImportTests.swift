import Testing

@testable import DataFormats

/// A HEPData-style data file: a g' limit vs mass in MeV, with a missing bin ('-') in the middle.
private let dataYAML = """
    independent_variables:
    - header: {name: "M(Z')", units: MEV}
      values:
      - {value: 10}
      - {low: 15, high: 25}
      - {value: 100}
      - {value: 3100}
      - {value: 4000}
      - {value: 5000}
    dependent_variables:
    - header: {name: Expected limit on g'}
      qualifiers:
      - {name: CL, value: 95%}
      values:
      - {value: 9.0e-4}
      - {value: 9.5e-4}
      - {value: 1.0e-3}
      - {value: '-'}
      - {value: 2.0e-3}
      - {value: 3.0e-3}
    - header: {name: Observed limit on g'}
      qualifiers:
      - {name: CL, value: 0.9}
      values:
      - {value: 8.0e-4}
      - {value: 8.5e-4}
      - {value: 1.1e-3}
      - {value: '-'}
      - value: 2.5e-3
        errors:
        - {symerror: 1.0e-4, label: stat}
      - {value: 3.5e-3}
    """

private let submissionYAML = """
    ---
    comment: Test record.
    hepdata_doi: 10.17182/hepdata.99999.v1
    record_ids:
    - {type: arXiv, id: "arXiv:2212.03066"}
    - {type: inspire, id: 2171000}
    ---
    name: "Figure 3"
    location: Figure 3 of the paper
    description: Upper limits at 90% CL on the coupling g'.
    keywords:
    - {name: observables, values: [LIMIT]}
    data_file: figure3.yaml
    data_license: {name: CC0, url: "https://creativecommons.org/publicdomain/zero/1.0/"}
    """

private let options = DatasetHEPDataImportOptions(
    name: "example-hepdata", experiment: "Belle II", paperTitle: "A search for an invisible Z'",
    model: .lMuLTauVanilla, coupling: .gPrime, dependentVariableName: "Observed limit on g'")

@Suite("HEPData import")
struct DatasetHEPDataImportTests {
    @Test func importsAnObservedLimitWithProvenanceAndGap() throws {
        let dataset = try DatasetHEPDataImporter.importTable(
            dataYAML: dataYAML, dataFile: "hepdata/figure3.yaml", submissionYAML: submissionYAML, options: options)
        #expect(dataset.segments.count == 2)
        #expect(dataset.segments[0].massesInGeV == [0.01, 0.02, 0.1])
        #expect(dataset.segments[0].couplings == [8.0e-4, 8.5e-4, 1.1e-3])
        #expect(dataset.segments[1].massesInGeV == [4.0, 5.0])
        #expect(dataset.segments[1].couplings == [2.5e-3, 3.5e-3])
        #expect(dataset.mass.unit == .megaElectronVolt)
        #expect(dataset.confidenceLevel == "90%")
        #expect(dataset.paper.arXiv == "2212.03066")
        #expect(dataset.provenance.licence == "CC0")
        #expect(dataset.provenance.origin.category == .hepData)
        #expect(
            dataset.provenance.origin.text
                == "HEPData table 'Figure 3' (Figure 3 of the paper), doi:10.17182/hepdata.99999.v1")
        #expect(
            dataset.provenance.notes == [
                "Upper limits at 90% CL on the coupling g'.", "HEPData record doi:10.17182/hepdata.99999.v1",
                "INSPIRE record 2171000",
                "dependent variable imported: 'Observed limit on g''; uncertainties (errors) are not imported",
                "masses converted from MeV to GeV on import (the shortest decimal of each value)"
            ])
        #expect(dataset.provenance.source?.path == "figure3.yaml")
    }

    @Test func severalDependentVariablesNeedAName() {
        var unnamed = options
        unnamed.dependentVariableName = nil
        unnamed.licence = "CC0-1.0"
        #expect(throws: DatasetError.self) {
            try DatasetHEPDataImporter.importTable(dataYAML: dataYAML, dataFile: "figure3.yaml", options: unnamed)
        }
        do {
            _ = try DatasetHEPDataImporter.importTable(dataYAML: dataYAML, dataFile: "figure3.yaml", options: unnamed)
        } catch {
            #expect(
                error.description.hasPrefix("figure3.yaml:11: YAML key 'dependent_variables': expected one dependent"),
                "\(error)")
            #expect(error.description.contains("'Expected limit on g'', 'Observed limit on g''"), "\(error)")
        }
    }

    @Test func theOnlyDependentVariableNeedsNoNameAndBringsItsConfidenceLevel() throws {
        var unnamed = options
        unnamed.dependentVariableName = nil
        unnamed.licence = "CC0-1.0"
        let single = dataYAML.components(separatedBy: "- header: {name: Observed limit on g'}")[0]
        let dataset = try DatasetHEPDataImporter.importTable(dataYAML: single, dataFile: "figure3.yaml", options: unnamed)
        #expect(dataset.confidenceLevel == "95%")
        #expect(dataset.segments[0].couplings.first == 9.0e-4)
        #expect(dataset.provenance.origin.text == "HEPData table")
    }

    @Test func negativeValueReportsItsYAMLLine() {
        let bad = dataYAML.replacingOccurrences(of: "{value: 8.5e-4}", with: "{value: -8.5e-4}")
        do {
            _ = try DatasetHEPDataImporter.importTable(
                dataYAML: bad, dataFile: "figure3.yaml", submissionYAML: submissionYAML, options: options)
            Issue.record("a negative limit was accepted")
        } catch {
            #expect(
                error.description
                    == "figure3.yaml:26: YAML key 'dependent_variables[1].values[1].value': expected a positive finite number, or '-' "
                    + "for a missing bin, found '-8.5e-4'"
            )
        }
    }

    @Test func unsortedMassesAreRefused() {
        let bad = dataYAML.replacingOccurrences(of: "{value: 100}", with: "{value: 1}")
        do {
            _ = try DatasetHEPDataImporter.importTable(
                dataYAML: bad, dataFile: "figure3.yaml", submissionYAML: submissionYAML, options: options)
            Issue.record("unsorted masses were accepted")
        } catch {
            #expect(error.description.hasPrefix("figure3.yaml:6: column 'M(Z')': expected a value above the previous row's 20.0"))
        }
    }

    @Test func nonEnergyUnitIsRefused() {
        let bad = dataYAML.replacingOccurrences(of: "units: MEV", with: "units: PB")
        do {
            _ = try DatasetHEPDataImporter.importTable(dataYAML: bad, dataFile: "figure3.yaml", options: options)
            Issue.record("a cross-section unit was accepted as a mass")
        } catch {
            #expect(
                error.description
                    == "figure3.yaml:2: YAML key 'independent_variables[0].header.units': expected an energy unit: GEV, MEV, KEV or EV, "
                    + "found 'PB'"
            )
        }
    }

    @Test func missingLicenceIsAnError() {
        do {
            _ = try DatasetHEPDataImporter.importTable(dataYAML: dataYAML, dataFile: "figure3.yaml", options: options)
            Issue.record("an import without a licence was accepted")
        } catch {
            #expect(
                error.description
                    == "figure3.yaml: YAML key 'data_license.name': expected a data licence in the submission, or one given in the "
                    + "import options"
            )
        }
    }

    @Test func tableMissingFromTheSubmission() {
        do {
            _ = try DatasetHEPDataImporter.importTable(
                dataYAML: dataYAML, dataFile: "other.yaml", submissionYAML: submissionYAML, options: options)
            Issue.record("a data file not listed in the submission was accepted")
        } catch {
            #expect(error.description == "submission.yaml: YAML key 'data_file': expected a table entry with 'data_file: other.yaml'")
        }
    }

    @Test func invalidYAMLReportsALine() {
        do {
            _ = try DatasetHEPDataImporter.importTable(
                dataYAML: "independent_variables:\n- header: {name: x\n", dataFile: "broken.yaml", options: options)
            Issue.record("broken YAML was accepted")
        } catch {
            #expect(error.description.hasPrefix("broken.yaml:"))
            #expect(error.line != nil)
        }
    }
}
