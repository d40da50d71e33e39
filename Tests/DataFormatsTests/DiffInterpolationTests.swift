import Foundation
import Testing
@testable import DataFormats

/// `figures diff` on curves whose x grids differ: interpolation over the common range, per segment,
/// log-log on log axes, and the points outside reported.
@Suite("Diff of figure data on different grids")
struct DiffInterpolationTests {
    /// A limit g(m) = 3·10⁻⁴ · (m / 1 MeV)^0.5 on `points` log-spaced masses from `low` to `high` GeV:
    /// a power law, so a straight line in log-log.
    static func powerLaw(_ name: String, points: Int, from low: Double, to high: Double, scale: Double = 1) -> FigureDataSeries {
        let masses = (0..<points).map { low * pow(high / low, Double($0) / Double(points - 1)) }
        return FigureDataSeries(name: name, kind: .upperLimit, x: masses, y: masses.map { scale * 3e-4 * ($0 / 1e-3).squareRoot() })
    }

    static func figure(_ series: [FigureDataSeries], xScale: FigureDataScale = .log, yScale: FigureDataScale = .log) -> FigureData {
        FigureData(
            figure: "exclusion-vanilla", x: FigureDataAxis(label: "m_Z'", unit: "GeV"), y: FigureDataAxis(label: "g_Z'"),
            xScale: xScale, yScale: yScale, series: series)
    }

    /// The case: a replaced curve of 17 points on another grid. Matching x exactly compared
    /// 4 of them; interpolation compares every point of both curves inside the common range.
    @Test func aReplacedCurveOnAnotherGridIsComparedEverywhere() throws {
        // 17 points on 1 MeV – 1 GeV (3/16 decade apart) versus 13 (1/4 decade apart): the grids share
        // only every 4th and every 3rd point, at 10^(-3 + 0.75 k) GeV (5 of them; 4 in the case).
        let old = Self.powerLaw("na64mu-2022", points: 13, from: 1e-3, to: 1)
        let new = Self.powerLaw("na64mu-2022", points: 17, from: 1e-3, to: 1, scale: 1.02)
        let exactOnly = FigureDataDiff.comparePointByPoint(baseline: old, candidate: new, tolerance: .standard)
        #expect(exactOnly.comparedPointCount == 5)
        #expect(exactOnly.addedPoints.count == 12 && exactOnly.removedPoints.count == 8)

        let result = FigureDataDiff.compare(baseline: Self.figure([old]), candidate: Self.figure([new])).series[0]
        // 17 new points + the 13 old ones, less the 5 x values both hold (compared once).
        #expect(result.comparedPointCount == 25)
        #expect(result.interpolatedPointCount == 20)
        #expect(result.addedPoints.isEmpty && result.removedPoints.isEmpty)
        #expect(result.interpolation?.name == "log-log")
        #expect(result.commonRange == 1e-3...1)
        // A power law is exact under log-log interpolation: every point moved by the same +2 %
        // (1e-12 covers the rounding of pow, log and exp).
        let change = try #require(result.largestChange)
        #expect(abs(change.relativeChange - 0.02) < 1e-12)
        #expect(result.pointsBeyondTolerance == 25)
    }

    /// The same curve resampled on another grid is within tolerance when the interpolation is the
    /// figure's (log-log), and not when it is linear: the log axes matter.
    @Test func logLogInterpolationFollowsAPowerLawAndLinearDoesNot() {
        let old = Self.powerLaw("limit", points: 13, from: 1e-3, to: 1)
        let new = Self.powerLaw("limit", points: 17, from: 1e-3, to: 1)
        let logLog = FigureDataDiff.compare(baseline: Self.figure([old]), candidate: Self.figure([new])).series[0]
        #expect(logLog.verdict != .beyondTolerance, "a power law resampled is the same straight line in log-log")
        let linear = FigureDataDiff.compare(
            baseline: Self.figure([old], xScale: .linear, yScale: .linear),
            candidate: Self.figure([new], xScale: .linear, yScale: .linear)
        ).series[0]
        #expect(linear.interpolation?.name == "linear")
        #expect(linear.verdict == .beyondTolerance)
        // Linear interpolation of √m between points a factor 1.78 apart misses by a few per cent.
        #expect(abs(linear.largestChange?.relativeChange ?? 0) > 0.01)
    }

    @Test func linearAxesInterpolateLinearly() {
        let old = FigureDataSeries(name: "efficiency", kind: .line, x: [0, 50, 100], y: [0, 0.5, 1])
        let new = FigureDataSeries(name: "efficiency", kind: .line, x: [0, 25, 75, 100], y: [0, 0.25, 0.75, 1])
        let result = FigureDataDiff.compare(
            baseline: Self.figure([old], xScale: .linear, yScale: .linear),
            candidate: Self.figure([new], xScale: .linear, yScale: .linear)
        ).series[0]
        #expect(result.verdict == .identical)
        #expect(result.comparedPointCount == 5)
    }

    /// Points beyond the other curve's range are not extrapolated: counted and located.
    @Test func pointsOutsideTheCommonRangeAreReported() throws {
        let old = Self.powerLaw("limit", points: 13, from: 1e-3, to: 1)
        let new = Self.powerLaw("limit", points: 11, from: 1e-2, to: 10)
        let figure = FigureDataDiff.compare(baseline: Self.figure([old]), candidate: Self.figure([new]))
        let result = figure.series[0]
        #expect(result.commonRange == 1e-2...1)
        #expect(result.addedPoints.map(\.x).allSatisfy { $0 > 1 })
        #expect(result.addedPoints.count == 4)
        #expect(result.removedPoints.map(\.x).allSatisfy { $0 < 1e-2 })
        #expect(result.removedPoints.count == 4)
        #expect(result.verdict == .beyondTolerance)
        let line = try #require(figure.changeLines().first)
        #expect(line.contains("4 new points above the common range (m_Z' = 1.259–10 GeV)"), "\(line)")
        #expect(line.contains("4 baseline points below the common range (m_Z' = 0.001–0.005623 GeV)"), "\(line)")
    }

    /// BaBar's J/ψ gap: nothing is interpolated across it. A new curve with a point inside the gap
    /// has that point reported, not compared with a line joining the two sides.
    @Test func nothingIsInterpolatedAcrossAGap() {
        let gap = [
            [FigureDataPoint(x: 2.9, y: 1e-3), FigureDataPoint(x: 3.04, y: 1e-3)],
            [FigureDataPoint(x: 3.15, y: 3e-3), FigureDataPoint(x: 3.3, y: 3e-3)]
        ]
        let old = FigureDataSeries(name: "babar-2016", kind: .upperLimit, segments: gap)
        let new = FigureDataSeries(
            name: "babar-2016", kind: .upperLimit,
            segments: [gap[0] + [FigureDataPoint(x: 3.1, y: 7e-3)], gap[1]])
        let result = FigureDataDiff.compare(baseline: Self.figure([old]), candidate: Self.figure([new])).series[0]
        #expect(result.addedPoints == [FigureDataPoint(x: 3.1, y: 7e-3)])
        #expect(result.comparedPointCount == 4)
        #expect(result.largestChange == nil, "the four common points are unchanged")
        #expect(result.segmentsChanged == false)
        #expect(
            FigureDataDiff.compare(baseline: Self.figure([old]), candidate: Self.figure([new])).changeLines().first?
                .contains("1 new point in a gap of the other side (m_Z' = 3.1 GeV)") == true)
    }

    /// A gap that opens (or closes) is a structural change even when every value stays.
    @Test func aGapThatOpensIsAChange() {
        let joined = FigureDataSeries(name: "babar-2016", kind: .upperLimit, x: [1, 2, 3, 4], y: [1, 2, 3, 4])
        var split = joined
        split.segmentStarts = [2]
        let result = FigureDataDiff.compare(baseline: Self.figure([joined]), candidate: Self.figure([split]))
        #expect(result.series[0].verdict == .beyondTolerance)
        #expect(result.changeLines() == ["exclusion-vanilla / babar-2016: common values identical; segments 1 -> 2"])
    }

    /// A baseline in format 1 has no segments or kinds: only its values are compared, and the report says so.
    @Test func aFormatOneBaselineIsComparedByValue() throws {
        let old = try FigureData(parsing: FigureDataFixtures.exclusionTextVersion1, fileName: "exclusion-vanilla.csv")
        let result = FigureDataDiff.compare(
            baseline: ["exclusion-vanilla": old], candidate: ["exclusion-vanilla": FigureDataFixtures.exclusion()])
        #expect(result.verdict == .identical)
        #expect(result.terminalReport().contains("Note: the baseline of exclusion-vanilla is figure-data 1 (no kinds or segments)"))
    }

    @Test func aKindThatChangesIsReported() {
        let limit = FigureDataSeries(name: "belle2-2020", kind: .upperLimit, x: [1, 2], y: [1, 2])
        var line = limit
        line.kind = .line
        let result = FigureDataDiff.compare(baseline: Self.figure([limit]), candidate: Self.figure([line]))
        #expect(result.verdict == .beyondTolerance)
        #expect(result.changeLines() == ["exclusion-vanilla / belle2-2020: common values identical; kind upper-limit -> line"])
    }
}
