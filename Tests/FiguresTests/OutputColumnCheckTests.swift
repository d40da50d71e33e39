import Foundation
import Testing
@testable import Figures
import BuildEngine
import DataFormats

/// Figures name step outputs and columns; figures.yaml is checked against what the steps declare when
/// it is loaded (golden messages: file:line:col of the key, key path, the valid names, a suggestion).
@Suite struct OutputColumnCheckTests {
    /// A project with a thermal-target step, a recast step (two outputs), a dataset and one figure whose
    /// `series:` list is `series` (one flow mapping per line).
    func message(series: [String]) -> String {
        let text = """
            version: 1
            datasets:
              belle: data/belle.csv
            steps:
              thermal: {kind: thermal-target, params: {alpha_dark: 0.1}}
              borexino: {kind: recast-borexino}
            figures:
              limits:
                x: {label: "m"}
                y: {label: "g"}
                data: {x: "m", y: "g"}
                series:

            """ + series.map { "      - " + $0 }.joined(separator: "\n") + "\n"
        do {
            _ = try Project.parse(text: text, rootDirectory: "/p", configFile: "figures.yaml", registry: ProjectKinds.registry)
            return "no error"
        } catch {
            return error.description
        }
    }

    @Test func correctColumnsLoad() {
        #expect(
            message(series: [
                "{name: a, from: thermal, x: m_GeV, y: g}", "{name: b, from: borexino/table, x: m_GeV, y: g_limit}",
                "{name: c, from: \"external:belle\"}"
            ]) == "no error")
    }

    @Test func unknownColumnListsTheColumnsAndSuggests() {
        #expect(
            message(series: ["{name: a, from: thermal, x: m_GeV, y: gg}"])
                == "figures.yaml:13:44: figures.limits.series[0].y: step 'thermal' output 'table' has no column 'gg'; "
                + "did you mean 'g'?; its columns: m_GeV, g")
    }

    @Test func unknownOutputListsTheOutputsAndSuggests() {
        #expect(
            message(series: ["{name: b, from: borexino/tabel, x: m_GeV, y: g_limit}"])
                == "figures.yaml:13:19: figures.limits.series[0].from: step 'borexino' has no output 'tabel'; "
                + "did you mean 'table'?; its outputs: table, dataset.csv")
    }

    @Test func aStepWithSeveralOutputsNeedsOneNamed() {
        #expect(
            message(series: ["{name: b, from: borexino, x: m_GeV, y: g_limit}"])
                == "figures.yaml:13:19: figures.limits.series[0].from: step 'borexino' has 2 outputs; "
                + "name one as 'borexino/OUTPUT', one of: table, dataset.csv")
    }

    /// `x` defaults to the dataset column name: on a step it is wrong, and the message says why.
    @Test func aDatasetColumnOnAStepSourceIsExplained() {
        #expect(
            message(series: ["{name: a, from: thermal, y: g}"])
                == "figures.yaml:13:9: figures.limits.series[0].x: step 'thermal' output 'table' has no column 'x'; "
                + "its columns: m_GeV, g ('x' is a column of external datasets; a step's table names its own columns) "
                + "(the default when 'x' is omitted)")
    }

    @Test func anExplicitDatasetColumnOnAStepSourceIsExplained() {
        #expect(
            message(series: ["{name: a, from: thermal, x: m_GeV, y: y_lower}"])
                == "figures.yaml:13:44: figures.limits.series[0].y: step 'thermal' output 'table' has no column 'y_lower'; "
                + "its columns: m_GeV, g ('y_lower' is a column of external datasets; a step's table names its own columns)")
    }

    @Test func aStepColumnOnADatasetListsTheDatasetColumns() {
        #expect(
            message(series: ["{name: c, from: \"external:belle\", y: g_limit}"])
                == "figures.yaml:13:43: figures.limits.series[0].y: dataset 'belle' has no column 'g_limit'; "
                + "its columns: x, y, y_lower, y_upper")
    }

    /// Every declared output exists with exactly the declared columns when the step runs (cheap kinds).
    @Test func declaredOutputsMatchWhatTheStepsWrite() throws {
        let steps = [
            "loop-function: {kind: loop-function, params: {points_per_decade: 5, threshold_points: 2}}",
            "band: {kind: muon-g2-band, params: {points: 5}}",
            "thermal: {kind: thermal-target, params: {alpha_dark: 0.1, points: 5}}",
            "efficiency: {kind: efficiency, params: {points: 5, dense_points: 3}}",
            "averaged: {kind: averaged-coupling, params: {log_points: 4, window_points: 4}}"
        ]
        let project = try Project.parse(
            text: "version: 1\nsteps:\n" + steps.map { "  " + $0 }.joined(separator: "\n") + "\n",
            rootDirectory: "/p", configFile: "figures.yaml", registry: ProjectKinds.registry)
        for name in project.nodes.keys.sorted() {
            let step = try #require(project.nodes[name]).step
            let declared = try #require(step.declaredOutputs, "\(name) declares no outputs")
            let artifacts = try step.run(StepInputs(artifacts: [:], sources: [:]), StepContext(stepName: name))
            #expect(artifacts.map(\.name) == declared.outputs.map(\.name))
            for (artifact, output) in zip(artifacts, declared.outputs) {
                #expect(try Table(decoding: artifact.data).columns.map(\.name) == output.columns, "\(name)/\(artifact.name)")
            }
        }
    }
}
