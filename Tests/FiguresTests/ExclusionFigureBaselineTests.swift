import Foundation
import BuildEngine
import DataFormats
import Testing
import TestSupport

/// The committed baseline of the exclusion figures carries the series of the paper's exclusion plots (CI's
/// `figures diff` keeps the baseline equal to what figures.yaml builds), and they are physical.
@Suite struct ExclusionFigureBaselineTests {
    static func baseline(_ figure: String) throws -> FigureData {
        let url = Repository.url("out/data/\(figure).csv")
        return try FigureData(parsing: try Data(contentsOf: url), fileName: "out/data/\(figure).csv")
    }

    @Test(arguments: [
        (
            "exclusion-vanilla",
            [
                "na64e-2016-2022", "na64e-2016-2018", "projection-e-minus-1e13", "projection-e-plus-1e13",
                "gm2-band-lower", "gm2-band-upper", "babar-2016", "belle2-2020", "ccfr", "borexino",
                "na64mu-2022", "na64mu-projection-1e11"
            ]
        ),
        (
            "exclusion-dark",
            [
                "na64e-2016-2022-alpha-d-0.1", "na64e-2016-2022-alpha-d-0.02", "thermal-target-alpha-d-0.1",
                "thermal-target-alpha-d-0.02", "gm2-band-lower", "gm2-band-upper", "belle2-2020", "na64mu-2022"
            ]
        )
    ])
    func designSeriesArePresentAndPositive(figure: String, required: [String]) throws {
        let data = try Self.baseline(figure)
        for name in required {
            let series = try #require(data.series(named: name), "\(figure) lacks series \(name)")
            let x = series.points.map(\.x), y = series.points.map(\.y)
            #expect(x.count >= 2, "\(figure)/\(name)")
            #expect(y.allSatisfy { $0 > 0 && $0.isFinite }, "\(figure)/\(name): couplings must be positive")
            #expect(zip(x, x.dropFirst()).allSatisfy { $0 <= $1 }, "\(figure)/\(name): x ascending")
        }
        // BaBar needs Z′ → μμ: it is not drawn in the dark scenario.
        if figure == "exclusion-dark" { #expect(data.series(named: "babar-2016") == nil) }
    }

    /// The band is a band and the NA64-e data limits are ordered by exposure: more EOT, lower limit.
    @Test func bandEdgesAndExposureOrdering() throws {
        let data = try Self.baseline("exclusion-vanilla")
        let lower = try #require(data.series(named: "gm2-band-lower")), upper = try #require(data.series(named: "gm2-band-upper"))
        #expect(zip(lower.points, upper.points).allSatisfy { $0.x == $1.x && $0.y < $1.y })
        let older = try #require(data.series(named: "na64e-2016-2018")), newer = try #require(data.series(named: "na64e-2016-2022"))
        #expect(older.points.map(\.x) == newer.points.map(\.x))
        #expect(zip(older.points, newer.points).allSatisfy { $0.y > $1.y })
    }
}
