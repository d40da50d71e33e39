import Foundation
import Testing
@testable import DataFormats

@Suite("Diff tolerances as configuration")
struct DiffToleranceCodingTests {
    func decode(_ json: String) throws -> DiffTolerances {
        try JSONDecoder().decode(DiffTolerances.self, from: Data(json.utf8))
    }

    @Test func emptyMapGivesTheStandardDefault() throws {
        let tolerances = try decode("{}")
        #expect(tolerances == DiffTolerances())
        #expect(tolerances.tolerance(figure: "any", series: "any") == DiffTolerance(relative: 1e-6, absolute: 0))
    }

    @Test func overridesResolveKeyByKey() throws {
        let tolerances = try decode(
            """
            {"default": {"atol": 1e-12},
             "figures": {"exclusion-vanilla": {"rtol": 0.01,
                                               "series": {"babar-2016": {"atol": 1e-9}}}}}
            """)
        #expect(tolerances.tolerance(figure: "pi-q2", series: "re-pi") == DiffTolerance(relative: 1e-6, absolute: 1e-12))
        #expect(tolerances.tolerance(figure: "exclusion-vanilla", series: "ccfr") == DiffTolerance(relative: 0.01, absolute: 1e-12))
        #expect(tolerances.tolerance(figure: "exclusion-vanilla", series: "babar-2016") == DiffTolerance(relative: 0.01, absolute: 1e-9))
    }

    @Test func encodingRoundTrips() throws {
        let tolerances = DiffTolerances(
            default: DiffTolerance(relative: 1e-5, absolute: 1e-30),
            figures: ["yields": DiffFigureTolerances(absolute: 1e-3, series: ["resonant": DiffToleranceOverride(relative: 0.1)])]
        )
        let data = try JSONEncoder().encode(tolerances)
        #expect(try JSONDecoder().decode(DiffTolerances.self, from: data) == tolerances)
    }

    @Test func unknownKeyIsRefusedWithItsPath() {
        do {
            _ = try decode(#"{"figures": {"yields": {"rtoll": 0.1}}}"#)
            Issue.record("expected an error")
        } catch let DecodingError.dataCorrupted(context) {
            #expect(context.codingPath.map(\.stringValue) == ["figures", "yields", "rtoll"])
            #expect(context.debugDescription == "unknown key 'rtoll'; expected one of rtol, atol, series")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func negativeToleranceIsRefused() {
        do {
            _ = try decode(#"{"default": {"rtol": -1}}"#)
            Issue.record("expected an error")
        } catch let DecodingError.dataCorrupted(context) {
            #expect(context.codingPath.map(\.stringValue) == ["default", "rtol"])
            #expect(context.debugDescription == "expected a finite, non-negative rtol, found -1.0")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func unmatchedOverridesAreListed() {
        let tolerances = DiffTolerances(figures: [
            "exclusion-vanila": DiffFigureTolerances(relative: 0.1),
            "exclusion-vanilla": DiffFigureTolerances(series: ["ccfr": DiffToleranceOverride(), "gm2-band-lower": DiffToleranceOverride()])
        ])
        let figures = ["exclusion-vanilla": FigureDataFixtures.exclusion()]
        #expect(tolerances.unmatchedOverrides(in: figures) == ["exclusion-vanila", "exclusion-vanilla / ccfr"])
    }
}
