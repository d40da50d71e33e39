import BuildEngine
import Foundation
import Plot
import Testing
import TestSupport

@testable import Figures

/// The drawing conventions every paper figure of the project's figures.yaml keeps (issue 18's caption-faithful
/// style), read through the same decoder the `figure` kind renders with: opaque pale fills drawn back to front
/// with every edge on top (translucent stacks mix into colours no caption names), the g − 2 band above the
/// regions, readable text, and the confidence level on every exclusion plot.
@Suite struct CaptionStyleTests {
    /// Every figure of figures.yaml that belongs to a paper (not `supplementary`), decoded.
    static func paperFigures() throws -> [FigureSpecification] {
        let text = try String(contentsOf: Repository.url("figures.yaml"), encoding: .utf8)
        let project = try Project.parse(
            text: text, rootDirectory: Repository.url("").path, configFile: "figures.yaml", registry: ProjectKinds.registry)
        let figures = try project.nodes.values.sorted { $0.name < $1.name }.compactMap { try FigureDescription(node: $0) }
        return figures.map(\.specification).filter { $0.paper != nil && $0.paper != "supplementary" }
    }

    @Test func thereArePaperFiguresWithRegionsToCheck() throws {
        let figures = try Self.paperFigures()
        // 2024 letter Figs. 2–4 (three entries for Fig. 4's two panels and Figs. 2, 3), 2022 paper Figs. 2, 6–8,
        // NA64-μ letter Figs. 3–4, prospects Figs. 4 and 6: an empty list would make the other tests pass vacuously.
        #expect(figures.count >= 12, "\(figures.map(\.name))")
        #expect(figures.filter { !$0.regions.isEmpty }.count >= 6)
    }

    @Test func regionsAreOpaqueAndTheirEdgesDrawnLast() throws {
        for figure in try Self.paperFigures() where !figure.regions.isEmpty {
            for region in figure.regions {
                let opacity = region.style.fillOpacity ?? figure.style.fillOpacity
                #expect(opacity == 1, "\(figure.name): region \(region.name) has fill opacity \(opacity)")
            }
            if figure.regions.count > 1 {
                #expect(figure.style.regionEdges == .afterFills, "\(figure.name): edges drawn with each fill")
            }
        }
    }

    @Test func theMuonAnomalyBandLiesAboveTheRegions() throws {
        for figure in try Self.paperFigures() where !figure.regions.isEmpty {
            for band in figure.bands where band.from.hasPrefix("gm2-band") {
                #expect(band.layer == .aboveRegions, "\(figure.name): \(band.name) under the regions")
            }
        }
    }

    @Test func textIsAtLeastSevenPoints() throws {
        for figure in try Self.paperFigures() {
            for label in figure.labels {
                let size = label.fontSize ?? figure.style.fontSize
                #expect(size >= 7, "\(figure.name): label '\(label.text)' at \(size) pt")
            }
            let legendSize = figure.legend.fontSize ?? figure.style.legendFontSize
            #expect(legendSize >= 7, "\(figure.name): legend at \(legendSize) pt")
        }
    }

    @Test func exclusionPlotsStateTheirConfidenceLevel() throws {
        for figure in try Self.paperFigures() where !figure.regions.isEmpty {
            let texts = figure.labels.map(\.text) + figure.series.compactMap(\.legend) + figure.regions.compactMap(\.legend)
            #expect(texts.contains { $0.contains("90") && $0.contains("CL") }, "\(figure.name) does not say 90 % CL")
            for region in figure.regions where ["ccfr", "borexino"].contains(region.name) {
                #expect(texts.contains { $0.contains("recast") }, "\(figure.name): recast curves not marked")
            }
        }
    }
}
