import BuildEngine
import Testing
@testable import Figures

/// What a figure entry accepts from a dataset: the coupling read from the axis label, and the
/// `transform:` and `accepts:` keys decoded strictly, with errors at their place in the file.
@Suite("Figure dataset check")
struct FigureDatasetCheckTests {
    @Test func theAxisLabelSaysWhichCouplingItShows() {
        #expect(FigureDatasetCheck.axisQuantity("g_{Z'}") == .gPrime)
        #expect(FigureDatasetCheck.axisQuantity("g'") == .gPrime)
        #expect(FigureDatasetCheck.axisQuantity("g'/e") == .gPrimeOverE)
        #expect(FigureDatasetCheck.axisQuantity("\\epsilon") == .epsilon)
        #expect(FigureDatasetCheck.axisQuantity("signal events") == nil)
    }

    /// A figure whose only region has `extra` keys.
    static func figure(_ extra: String) -> String {
        """
        version: 1
        datasets: {belle: external-limits/belle2-2020.csv}
        figures:
          probe:
            x: {label: "m [GeV]"}
            y: {label: "g_{Z'}"}
            data: {x: m, y: g}
            regions:
              - {name: belle, from: "external:belle"\(extra)}
        """
    }

    @Test func anUnknownTransformIsAnErrorAtItsKey() {
        #expect(throws: ConfigError.self) {
            try Project.parse(
                text: Self.figure(", transform: g-to-epsilon"), rootDirectory: "/nonexistent",
                configFile: "figures.yaml", registry: ProjectKinds.registry)
        }
        do {
            _ = try Project.parse(
                text: Self.figure(", transform: g-to-epsilon"), rootDirectory: "/nonexistent",
                configFile: "figures.yaml", registry: ProjectKinds.registry)
        } catch {
            #expect(error.description.hasPrefix("figures.yaml:9:"), "\(error)")
            #expect(error.keyPath == "figures.probe.regions[0].transform", "\(error)")
            #expect(error.description.contains("expected one of 'g-over-e-to-g', found 'g-to-epsilon'"), "\(error)")
        }
    }

    @Test func anUnknownAcceptedModelNamesTheValidOnes() {
        do {
            _ = try Project.parse(
                text: Self.figure(", accepts: {models: [vanilla]}"), rootDirectory: "/nonexistent",
                configFile: "figures.yaml", registry: ProjectKinds.registry)
            Issue.record("an unknown model was accepted")
        } catch {
            #expect(error.keyPath == "figures.probe.regions[0].accepts.models", "\(error)")
            #expect(error.description.contains("'L_mu-L_tau vanilla'"), "\(error)")
        }
    }

    @Test func aMissingDatasetFileIsReportedAtTheEntry() {
        do {
            _ = try Project.load(rootDirectory: "/nonexistent-project", registry: ProjectKinds.registry)
            Issue.record("loading a missing project succeeded")
        } catch {
            #expect(error.description.contains("cannot be read"), "\(error)")
        }
    }
}
