import Foundation
import Testing
@testable import DataFormats

@Suite("Diff reports (golden text)")
struct DiffReportTests {
    /// Four figures: one identical, one with every kind of series change, one removed, one added.
    static func scenario() -> DiffResult {
        let efficiency = FigureData(
            figure: "efficiency",
            x: FigureDataAxis(label: "E_F", unit: "GeV"),
            y: FigureDataAxis(label: "η_down"),
            series: [FigureDataSeries(name: "efficiency", x: [1, 2], y: [0.5, 0.6])]
        )
        let piQ2 = FigureData(
            figure: "pi-q2",
            x: FigureDataAxis(label: "q²", unit: "GeV²"),
            y: FigureDataAxis(label: "Π"),
            series: [FigureDataSeries(name: "re-pi", x: [1, 2], y: [1, 2]), FigureDataSeries(name: "im-pi", x: [1, 2], y: [0, 1])]
        )
        let yields = FigureData(
            figure: "yields",
            x: FigureDataAxis(label: "m_Z'", unit: "GeV"),
            y: FigureDataAxis(label: "events"),
            series: [FigureDataSeries(name: "radiative", x: [0.1], y: [5]), FigureDataSeries(name: "resonant", x: [0.1], y: [7])]
        )
        let exclusion = FigureDataFixtures.exclusion()
        var exclusionNew = exclusion
        exclusionNew.series[0].points[2].y = 0.0012 * 1.031
        exclusionNew.series[0].points.append(FigureDataPoint(x: 0.5, y: 0.002))
        exclusionNew.series[1].points[1].y = 1e-5 * (1 + 1e-8)
        exclusionNew.series.remove(at: 2)
        exclusionNew.series.append(FigureDataSeries(name: "ccfr", x: [0.01], y: [0.1]))
        return FigureDataDiff.compare(
            baseline: ["efficiency": efficiency, "exclusion-vanilla": exclusion, "pi-q2": piQ2],
            candidate: ["efficiency": efficiency, "exclusion-vanilla": exclusionNew, "yields": yields]
        )
    }

    static let summary =
        "4 figures compared: 1 series beyond tolerance, 1 series within tolerance, 1 series added, 1 series removed, 1 figure added, 1 "
        + "figure removed; 1 figure identical. Beyond tolerance."

    @Test func summaryLine() {
        #expect(Self.scenario().summaryLine() == Self.summary)
        #expect(Self.scenario().exitStatus == 1)
    }

    @Test func changeLines() {
        #expect(
            Self.scenario().changeLines() == [
                "exclusion-vanilla / na64e-2016-2022: max +3.1% at m_Z' = 0.25 GeV (1 of 3 points beyond tolerance); 1 new point "
                    + "above the common range (m_Z' = 0.5 GeV)",
                "exclusion-vanilla / gm2-band-lower: max +1e-06% at m_Z' = 0.1 GeV (within tolerance)",
                "exclusion-vanilla / alpha-d-0.1: series removed (2 points)",
                "exclusion-vanilla / ccfr: series added (1 point)",
                "pi-q2: figure removed (2 series)",
                "yields: figure added (2 series)"
            ])
    }

    @Test func terminalTable() {
        let expected = """
            figure             series           max change  at               beyond tolerance  points +/-     verdict
            exclusion-vanilla  na64e-2016-2022  +3.1%       m_Z' = 0.25 GeV  1 of 3            +1/-0 outside  beyond tolerance
            exclusion-vanilla  gm2-band-lower   +1e-06%     m_Z' = 0.1 GeV   0 of 2            -              within tolerance
            exclusion-vanilla  alpha-d-0.1      -           -                -                 -2             series removed
            exclusion-vanilla  ccfr             -           -                -                 +1             series added
            pi-q2              -                -           -                -                 -4             figure removed
            yields             -                -           -                -                 +2             figure added

            Identical: efficiency
            \(Self.summary)

            """
        #expect(Self.scenario().terminalReport() == expected)
    }

    @Test func terminalReportOfIdenticalData() {
        let data = FigureDataFixtures.exclusion()
        let result = FigureDataDiff.compare(baseline: ["exclusion-vanilla": data], candidate: ["exclusion-vanilla": data])
        #expect(result.terminalReport() == "Identical: exclusion-vanilla\n1 figure compared: all identical. Within tolerance.\n")
        #expect(
            result.terminalReport(includeIdentical: true).hasPrefix(
                """
                figure             series           max change  at  beyond tolerance  points +/-  verdict
                exclusion-vanilla  na64e-2016-2022  -           -   0 of 3            -           identical
                """))
    }

    @Test func markdownReport() {
        let expected = """
            ## Figure data diff

            **\(Self.summary)**

            ### Changed series

            | Figure | Series | Max change | At | Points beyond tolerance | Verdict |
            |---|---|--:|---|--:|---|
            | `exclusion-vanilla` | `na64e-2016-2022` | +3.1% | m\\_Z' = 0.25 GeV | 1 of 3 | **beyond tolerance** |
            | `exclusion-vanilla` | `gm2-band-lower` | +1e-06% | m\\_Z' = 0.1 GeV | 0 of 2 | within tolerance |

            ### Added, removed and changed

            - `exclusion-vanilla / na64e-2016-2022`: 1 new point above the common range (m\\_Z' = 0.5 GeV).
            - Series `exclusion-vanilla / alpha-d-0.1` removed (2 points).
            - Series `exclusion-vanilla / ccfr` added (1 point).
            - Figure `pi-q2` removed (2 series).
            - Figure `yields` added (2 series).

            Identical: `efficiency`.

            """
        #expect(Self.scenario().markdownReport() == expected)
    }

    @Test func markdownEscapesLabels() {
        #expect(DiffResult.markdownEscaped("|Π|² [a_b]") == "\\|Π\\|² \\[a\\_b\\]")
    }

    @Test func percentages() {
        #expect(DiffFormatting.percent(0.031) == "+3.1%")
        #expect(DiffFormatting.percent(-0.5) == "-50.0%")
        #expect(DiffFormatting.percent(0.0005) == "+0.05%")
        #expect(DiffFormatting.percent(.infinity) == "+∞%")
        #expect(DiffFormatting.place(1e-5, on: FigureDataAxis(label: "q²")) == "q² = 1e-05")
    }
}
