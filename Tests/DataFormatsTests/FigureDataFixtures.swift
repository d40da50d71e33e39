import Foundation
@testable import DataFormats

/// Small figure data shared by the FigureData and Diff tests.
enum FigureDataFixtures {
    static let exclusionText = """
        # format: figure-data 2
        # figure: exclusion-vanilla
        # x: m_Z' [GeV]
        # y: g_Z'
        # x-scale: log
        # y-scale: log
        # note: 90% CL, NA64-e 2016-2022
        series,kind,segment,x,y
        na64e-2016-2022,upper-limit,0,0.001,0.00038
        na64e-2016-2022,upper-limit,0,0.01,0.00041
        na64e-2016-2022,upper-limit,1,0.25,0.0012
        gm2-band-lower,band-edge,0,0.001,0.0004
        gm2-band-lower,band-edge,0,0.1,1e-05
        alpha-d-0.1,line,0,1e-05,-0.0
        alpha-d-0.1,line,0,1e+16,3.0

        """

    /// The same curves in format 1, as the committed baseline was written before segments and kinds.
    static let exclusionTextVersion1 = """
        # format: figure-data 1
        # figure: exclusion-vanilla
        # x: m_Z' [GeV]
        # y: g_Z'
        # note: 90% CL, NA64-e 2016-2022
        series,x,y
        na64e-2016-2022,0.001,0.00038
        na64e-2016-2022,0.01,0.00041
        na64e-2016-2022,0.25,0.0012
        gm2-band-lower,0.001,0.0004
        gm2-band-lower,0.1,1e-05
        alpha-d-0.1,1e-05,-0.0
        alpha-d-0.1,1e+16,3.0

        """

    static func exclusion() -> FigureData {
        FigureData(
            figure: "exclusion-vanilla",
            x: FigureDataAxis(label: "m_Z'", unit: "GeV"),
            y: FigureDataAxis(label: "g_Z'"),
            xScale: .log,
            yScale: .log,
            notes: ["90% CL, NA64-e 2016-2022"],
            series: [
                FigureDataSeries(
                    name: "na64e-2016-2022", kind: .upperLimit,
                    segments: [
                        [FigureDataPoint(x: 0.001, y: 3.8e-4), FigureDataPoint(x: 0.01, y: 4.1e-4)], [FigureDataPoint(x: 0.25, y: 1.2e-3)]
                    ]),
                FigureDataSeries(name: "gm2-band-lower", kind: .bandEdge, x: [0.001, 0.1], y: [4e-4, 1e-5]),
                FigureDataSeries(name: "alpha-d-0.1", x: [1e-5, 1e16], y: [-0.0, 3])
            ]
        )
    }
}
