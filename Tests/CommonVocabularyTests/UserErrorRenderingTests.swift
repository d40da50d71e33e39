import CommonVocabulary
import Testing

/// Golden text of the one rendering function: what users read, for each combination of parts.
@Suite("user error rendering")
struct UserErrorRenderingTests {
    @Test func configurationKeyWithExpectedAndFound() {
        let error = UserError(
            SourceLocation(file: "figures.yaml", line: 12, column: 5),
            keyPath: ["steps", "yields", "params", "threshold_GeV"],
            expected: "a number", found: "abc")
        #expect(UserError.render(error) == "figures.yaml:12:5: steps.yields.params.threshold_GeV: expected a number, found 'abc'")
    }

    @Test func indexComponentsAttachWithoutDot() {
        let error = UserError(
            SourceLocation(file: "figures.yaml", line: 3), keyPath: ["figures", "yields", "series", "[2]", "from"],
            problem: "refers to 'limts', which is not a step", hint: "did you mean 'limits'?")
        #expect(
            UserError.render(error)
                == "figures.yaml:3: figures.yields.series[2].from: refers to 'limts', which is not a step; did you mean 'limits'?")
    }

    @Test func validNamesAreListed() {
        let error = UserError(
            SourceLocation(file: "--set yields.beam"), keyPath: ["beam"], expected: "a beam charge", found: "proton",
            validNames: ["electron", "positron"])
        #expect(UserError.render(error) == "--set yields.beam: beam: expected a beam charge, found 'proton' (valid: electron, positron)")
    }

    @Test func missingValueHasNoFoundPart() {
        let error = UserError(SourceLocation(file: "x.csv"), keyPath: ["file"], expected: "a readable file", found: nil)
        #expect(UserError.render(error) == "x.csv: file: expected a readable file")
    }

    @Test func noLocationNoKeyPath() {
        #expect(UserError.render(UserError(nil, problem: "cairo: out of memory")) == "cairo: out of memory")
    }

    @Test func formatMarkerRoundTrips() {
        let marker = FormatMarker("table", 2)
        #expect(marker.commentLine == "# format: table 2")
        #expect(FormatMarker(commentLine: "# format: table 2") == marker)
        #expect(FormatMarker(commentLine: "# format: table") == nil)
        #expect(FormatMarker(commentLine: "# zprimepaper-table 1") == nil)
        #expect(FormatMarker(value: "action 3") == FormatMarker("action", 3))
    }
}
