import Foundation
import Testing
@testable import DataFormats

@Suite("Diff of figure data")
struct DiffTests {
    let baseline = FigureDataFixtures.exclusion()

    /// The fixture with one y value replaced.
    func changed(series: Int, point: Int, to y: Double) -> FigureData {
        var data = baseline
        data.series[series].points[point].y = y
        return data
    }

    @Test func identicalDataIsClean() {
        let result = FigureDataDiff.compare(baseline: ["exclusion-vanilla": baseline], candidate: ["exclusion-vanilla": baseline])
        #expect(result.verdict == .identical)
        #expect(result.exitStatus == 0)
        #expect(result.changeLines().isEmpty)
        #expect(
            result.figures[0].series.allSatisfy { $0.verdict == .identical && $0.largestChange == nil && $0.pointsBeyondTolerance == 0 })
        #expect(result.figures[0].series.map(\.comparedPointCount) == [3, 2, 2])
    }

    @Test func singlePointChangeIsReportedWithMagnitudeAndPlace() throws {
        let candidate = changed(series: 0, point: 2, to: 0.0012 * 1.031)
        let figure = FigureDataDiff.compare(baseline: baseline, candidate: candidate)
        let series = figure.series[0]
        #expect(series.verdict == .beyondTolerance)
        #expect(series.pointsBeyondTolerance == 1)
        let change = try #require(series.largestChange)
        #expect(change.x == 0.25)
        #expect(abs(change.relativeChange - 0.031) < 1e-12)
        #expect(change.old == 0.0012)
        #expect(figure.verdict == .beyondTolerance)
        #expect(figure.series[1...].allSatisfy { $0.verdict == .identical })
        #expect(
            figure.changeLines() == [
                "exclusion-vanilla / na64e-2016-2022: max +3.1% at m_Z' = 0.25 GeV (1 of 3 points beyond tolerance)"
            ])
    }

    @Test func negativeChangeKeepsItsSign() throws {
        let figure = FigureDataDiff.compare(baseline: baseline, candidate: changed(series: 0, point: 0, to: 0.00038 * 0.5))
        let change = try #require(figure.series[0].largestChange)
        #expect(change.relativeChange == -0.5)
        #expect(change.x == 0.001)
        #expect(DiffFormatting.percent(change.relativeChange) == "-50.0%")
    }

    @Test func largestOfSeveralChangesWins() throws {
        var candidate = changed(series: 0, point: 0, to: 0.00038 * 1.01)
        candidate.series[0].points[1].y = 0.00041 * 0.98
        let change = try #require(FigureDataDiff.compare(baseline: baseline, candidate: candidate).series[0].largestChange)
        #expect(change.x == 0.01)
        #expect(abs(change.relativeChange + 0.02) < 1e-12)
    }

    /// The reported change is the largest among points beyond tolerance: a bigger relative change of a
    /// value inside `atol` (0.00038 → 0: −100 %, with atol 5·10⁻⁴) does not hide the +50 % that fails.
    @Test func reportedChangeIsTheLargestBeyondTolerance() throws {
        var candidate = changed(series: 0, point: 0, to: 0)
        candidate.series[0].points[2].y = 0.0012 * 1.5
        let tolerances = DiffTolerances(default: DiffTolerance(relative: 1e-6, absolute: 5e-4), figures: [:])
        let series = FigureDataDiff.compare(baseline: baseline, candidate: candidate, tolerances: tolerances).series[0]
        #expect(series.pointsBeyondTolerance == 1)
        let change = try #require(series.largestChange)
        #expect(change.x == 0.25)
        #expect(abs(change.relativeChange - 0.5) < 1e-12)
    }

    @Test func changeBelowToleranceIsWithinTolerance() {
        let candidate = changed(series: 0, point: 2, to: 0.0012 * (1 + 1e-8))
        let result = FigureDataDiff.compare(baseline: ["exclusion-vanilla": baseline], candidate: ["exclusion-vanilla": candidate])
        let series = result.figures[0].series[0]
        #expect(series.verdict == .withinTolerance)
        #expect(series.pointsBeyondTolerance == 0)
        #expect(series.largestChange != nil)
        #expect(result.verdict == .withinTolerance)
        #expect(result.exitStatus == 0)
    }

    @Test func absoluteToleranceCoversValuesNearZero() {
        let tolerance = DiffTolerance(relative: 0, absolute: 1e-9)
        #expect(tolerance.accepts(old: 0, new: 5e-10))
        #expect(!tolerance.accepts(old: 0, new: 2e-9))
        #expect(tolerance.relativeChange(old: 0, new: 2e-9) == 2)
        #expect(DiffTolerance(relative: 0, absolute: 0).relativeChange(old: 0, new: -1) == -.infinity)
        #expect(DiffTolerance(relative: 0.1, absolute: 0).accepts(old: -10, new: -11))
        #expect(!DiffTolerance(relative: 0.1, absolute: 0).accepts(old: -10, new: -11.5))
    }

    @Test func perSeriesToleranceOverridesTheFigureDefault() {
        let candidate = changed(series: 0, point: 2, to: 0.0012 * 1.03)
        let tolerances = DiffTolerances(
            default: DiffTolerance(relative: 1e-9, absolute: 0),
            figures: [
                "exclusion-vanilla": DiffFigureTolerances(
                    relative: 0.01,
                    series: ["na64e-2016-2022": DiffToleranceOverride(relative: 0.05)]
                )
            ]
        )
        let figure = FigureDataDiff.compare(baseline: baseline, candidate: candidate, tolerances: tolerances)
        #expect(figure.series[0].tolerance == DiffTolerance(relative: 0.05, absolute: 0))
        #expect(figure.series[0].verdict == .withinTolerance)
        #expect(figure.series[1].tolerance == DiffTolerance(relative: 0.01, absolute: 0))

        let figureOnly = DiffTolerances(figures: ["exclusion-vanilla": DiffFigureTolerances(relative: 0.01)])
        #expect(
            FigureDataDiff.compare(baseline: baseline, candidate: candidate, tolerances: figureOnly).series[0].verdict == .beyondTolerance)
    }

    /// A point beyond the baseline's range is reported (not extrapolated); a point inside it on
    /// another grid is compared with the baseline interpolated log-log, as the figure draws it.
    @Test func removedSeriesAndAddedPointsAreReported() throws {
        var candidate = baseline
        candidate.series.remove(at: 2)
        candidate.series[0].points.append(FigureDataPoint(x: 0.5, y: 0.002))
        candidate.series[1].points.insert(FigureDataPoint(x: 0.01, y: 0.0003), at: 1)
        candidate.series[1].points.remove(at: 0)
        candidate.series.append(FigureDataSeries(name: "ccfr", x: [0.01], y: [0.1]))
        let figure = FigureDataDiff.compare(baseline: baseline, candidate: candidate)
        #expect(figure.series.map(\.name) == ["na64e-2016-2022", "gm2-band-lower", "alpha-d-0.1", "ccfr"])
        #expect(figure.series.map(\.verdict) == [.beyondTolerance, .beyondTolerance, .removed, .added])
        #expect(figure.series[0].addedPoints == [FigureDataPoint(x: 0.5, y: 0.002)])
        #expect(figure.series[0].removedPoints.isEmpty)
        #expect(figure.series[0].largestChange == nil)
        #expect(figure.series[0].interpolatedPointCount == 0, "the three common points sit at the same x")
        // gm2-band-lower: the baseline's 1 MeV point is below the new range; at 10 MeV the baseline is
        // 4e-4 · (1e-5 / 4e-4)^½ = 6.32e-5 (halfway in log m between its two points, log-log).
        #expect(figure.series[1].addedPoints.isEmpty)
        #expect(figure.series[1].removedPoints == [FigureDataPoint(x: 0.001, y: 0.0004)])
        #expect(figure.series[1].comparedPointCount == 2)
        #expect(figure.series[1].interpolatedPointCount == 1)
        let change = try #require(figure.series[1].largestChange)
        #expect(change.x == 0.01)
        // 1e-12: the rounding of log and exp in the interpolation.
        #expect(abs(change.old - 4e-4 * (1e-5 / 4e-4).squareRoot()) < 1e-12 * change.old)
        #expect(figure.series[2].baselinePointCount == 2)
        #expect(figure.series[3].candidatePointCount == 1)
        #expect(figure.verdict == .beyondTolerance)
    }

    /// x values equal up to rounding are the same grid; a real shift is another grid, compared by
    /// interpolation, and a shift of 10⁻⁹ moves the interpolated values far less than rtol.
    @Test func xMatchingToleratesRoundingOnly() {
        let old = FigureDataSeries(name: "s", kind: .line, x: [1, 2, 3], y: [10, 20, 40])
        var new = old
        new.points[1].x = 2 * (1 + 1e-14)
        #expect(FigureDataDiff.compare(baseline: old, candidate: new, tolerance: .standard).interpolation == nil)
        new.points[1].x = 2 * (1 + 1e-9)
        let series = FigureDataDiff.compare(baseline: old, candidate: new, tolerance: .standard)
        #expect(series.interpolation != nil)
        #expect(series.addedPoints.isEmpty && series.removedPoints.isEmpty)
        #expect(series.comparedPointCount == 4)
        #expect(series.interpolatedPointCount == 2)
        #expect(series.verdict == .withinTolerance)
    }

    @Test func repeatedXValuesPairInOrder() {
        let old = FigureDataSeries(name: "edge", x: [1, 1, 2], y: [0, 5, 5])
        let new = FigureDataSeries(name: "edge", x: [1, 1, 2], y: [0, 6, 5])
        let result = FigureDataDiff.compare(baseline: old, candidate: new, tolerance: .standard)
        #expect(result.comparedPointCount == 3)
        #expect(result.largestChange == DiffPointChange(x: 1, old: 5, new: 6, relativeChange: 0.2))
    }

    @Test func unsortedInputIsSortedFirst() {
        let old = FigureDataSeries(name: "s", x: [3, 1, 2], y: [30, 10, 20])
        let new = FigureDataSeries(name: "s", x: [1, 2, 3], y: [10, 20, 30])
        #expect(FigureDataDiff.compare(baseline: old, candidate: new, tolerance: .standard).verdict == .identical)
    }

    @Test func wholeFiguresAddedAndRemoved() {
        var other = baseline
        other.figure = "yields"
        let result = FigureDataDiff.compare(
            baseline: ["exclusion-vanilla": baseline],
            candidate: ["exclusion-vanilla": baseline, "yields": other]
        )
        #expect(result.figures.map(\.figure) == ["exclusion-vanilla", "yields"])
        #expect(result.figures.map(\.verdict) == [.identical, .added])
        #expect(result.exitStatus == 1)
        let removed = FigureDataDiff.compare(baseline: ["yields": other], candidate: [:])
        #expect(removed.figures.map(\.verdict) == [.removed])
        #expect(removed.figures[0].series.allSatisfy { $0.verdict == .removed })
        #expect(removed.exitStatus == 1)
    }

    @Test func axisChangeIsBeyondTolerance() {
        var candidate = baseline
        candidate.x.unit = "MeV"
        let figure = FigureDataDiff.compare(baseline: baseline, candidate: candidate)
        #expect(figure.axisChanges == [DiffAxisChange(axis: "x", old: baseline.x, new: candidate.x)])
        #expect(figure.verdict == .beyondTolerance)
        #expect(figure.changeLines() == ["exclusion-vanilla: x axis changed from 'm_Z' [GeV]' to 'm_Z' [MeV]'"])
    }

    @Test func exitStatus() {
        #expect(DiffResult(figures: []).exitStatus == 0)
        let within = DiffFigureResult(figure: "f", verdict: .withinTolerance, x: FigureDataAxis(label: "x"), axisChanges: [], series: [])
        var beyond = within
        beyond.verdict = .beyondTolerance
        #expect(DiffResult(figures: [within]).exitStatus == 0)
        #expect(DiffResult(figures: [within, beyond]).exitStatus == 1)
    }
}
