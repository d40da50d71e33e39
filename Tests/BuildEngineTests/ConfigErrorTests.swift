import Testing
@testable import BuildEngine

/// Golden messages for bad configurations: file:line:col, key path, what was expected.
@Suite("Configuration errors")
struct ConfigErrorTests {
    func message(_ text: String, overrides: [String] = []) -> String {
        do {
            _ = try Project.parse(
                text: text, rootDirectory: "/p", configFile: "figures.yaml", registry: testRegistry,
                overrides: overrides.map { ParameterOverride(parsing: $0)! })
            return "no error"
        } catch {
            return error.description
        }
    }

    @Test func unknownParameterKeySuggestsTheClosestOne() {
        #expect(
            message(
                """
                version: 1
                steps:
                  line:
                    kind: line
                    params: {scale: 2, pionts: 3}
                """)
                == "figures.yaml:5:24: steps.line.params.pionts: unknown key; did you mean 'points'? (expected one of: label, points, "
                + "scale)"
        )
    }

    @Test func wrongParameterType() {
        #expect(
            message(
                """
                version: 1
                steps:
                  line:
                    kind: line
                    params:
                      scale: fast
                """) == "figures.yaml:6:14: steps.line.params.scale: expected a number, found 'fast'")
    }

    @Test func quotedNumberIsAString() {
        #expect(
            message("version: 1\nsteps:\n  line: {kind: line, params: {scale: \"2\"}}\n")
                == "figures.yaml:3:38: steps.line.params.scale: expected a number, found '2'")
    }

    @Test func missingRequiredParameter() {
        #expect(
            message("version: 1\nsteps:\n  line: {kind: line, params: {points: 2}}\n")
                == "figures.yaml:3:30: steps.line.params: missing required key 'scale'")
    }

    @Test func unknownKindListsTheKnownOnes() {
        #expect(
            message("version: 1\nsteps:\n  a: {kind: lines}\n")
                == "figures.yaml:3:13: steps.a.kind: unknown step kind 'lines'; did you mean 'line'?; known kinds: fail, line, sign, sum")
    }

    @Test func unknownInputStep() {
        #expect(
            message(
                """
                version: 1
                steps:
                  line: {kind: line, params: {scale: 1}}
                  total: {kind: sum, inputs: {source: lien}}
                """) == "figures.yaml:4:3: steps.total.inputs.source: refers to 'lien', which is not a step; did you mean 'line'?")
    }

    @Test func missingInputRole() {
        #expect(
            message("version: 1\nsteps:\n  total: {kind: sum}\n")
                == "figures.yaml:3:10: steps.total.inputs.source: missing; kind 'sum' needs input 'source'")
    }

    @Test func unknownInputRole() {
        #expect(
            message("version: 1\nsteps:\n  line: {kind: line, params: {scale: 1}}\n  total: {kind: sum, inputs: {src: line}}\n")
                == "figures.yaml:4:31: steps.total.inputs.src: kind 'sum' has no input 'src' (its inputs: source)")
    }

    @Test func cycleNamesItsMembersInDataFlowOrder() {
        #expect(
            message(
                """
                version: 1
                steps:
                  a: {kind: sum, inputs: {source: c}}
                  b: {kind: sum, inputs: {source: a}}
                  c: {kind: sum, inputs: {source: b}}
                """) == "figures.yaml:3:3: steps.a.inputs: is part of a cycle: a → b → c → a")
    }

    @Test func publishPathMayNotEscapeOut() {
        #expect(
            message("version: 1\nsteps:\n  line: {kind: line, params: {scale: 1}, publish: ../elsewhere}\n")
                == "figures.yaml:3:51: steps.line.publish: '../elsewhere' would escape out/ (it contains '..')")
        #expect(
            message("version: 1\nsteps:\n  line: {kind: line, params: {scale: 1}, publish: /tmp/x}\n")
                == "figures.yaml:3:51: steps.line.publish: expected a path relative to out/, found the absolute path '/tmp/x'")
    }

    @Test func versionIsRequiredAndChecked() {
        #expect(message("steps: {}\n") == "figures.yaml:1:1: version: missing; this engine reads version: 1")
        #expect(message("version: 2\n") == "figures.yaml:1:10: version: expected 1, found '2'")
    }

    @Test func unknownTopLevelKey() {
        #expect(
            message("version: 1\nstep: {}\n")
                == "figures.yaml:2:1: step: unknown key; did you mean 'steps'? (expected one of: cache, datasets, look, notes, remarks, "
                + "steps, version)"
        )
    }

    @Test func duplicateKeysAreRefused() {
        // libyaml (through Yams) finds duplicates while composing; the message keeps its position.
        let text = message("version: 1\nsteps:\n  a: {kind: line, params: {scale: 1}}\n  a: {kind: line, params: {scale: 2}}\n")
        #expect(text.hasPrefix("figures.yaml:"))
        #expect(text.contains(": the mapping here gives 'a' twice; each key may appear once"))
        #expect(text.split(separator: ":").count >= 4)  // file:line:col: message
    }

    @Test func yamlSyntaxErrorKeepsItsPosition() {
        #expect(message("version: 1\nsteps: [\n").hasPrefix("figures.yaml:3:1: invalid YAML"))
    }

    @Test func overrideOfUnknownStep() {
        #expect(
            message(chainConfig, overrides: ["lines.scale=2"]) == "--set lines.scale: no step or figure named 'lines'; did you mean 'line'?"
        )
        #expect(
            message(chainConfig, overrides: ["line.scale=abc"])
                == "--set line.scale: steps.line.params.scale: expected a number, found 'abc'")
    }

    @Test func validationMessageIsLocated() {
        #expect(
            message("version: 1\nsteps:\n  line: {kind: line, params: {scale: 1, points: 0}}\n")
                == "figures.yaml:3:49: steps.line.params.points: expected at least 1, found '0'")
    }
}
