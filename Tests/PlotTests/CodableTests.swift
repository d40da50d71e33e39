import Foundation
import Testing
@testable import Plot

private func decode<Value: Decodable>(_ type: Value.Type, _ json: String, base: PlotStyle? = nil) throws -> Value {
    let decoder = JSONDecoder()
    if let base { decoder.userInfo[.plotStyleBase] = base }
    return try decoder.decode(type, from: Data(json.utf8))
}

@Test func emptyBlocksDecodeToDefaults() throws {
    #expect(try decode(PlotStyle.self, "{}") == PlotStyle())
    #expect(try decode(PlotAxis.self, "{}") == PlotAxis())
    #expect(try decode(SeriesStyle.self, "{}") == SeriesStyle())
    #expect(try decode(PlotLegend.self, "{}") == PlotLegend())
}

@Test func styleKeysAreKebabCaseAndOverrideTheBase() throws {
    let global = try decode(PlotStyle.self, #"{"font-size": 10, "line-width": 1.2}"#)
    #expect(global.fontSize == 10)
    #expect(global.lineWidth == 1.2)
    let perFigure = try decode(PlotStyle.self, #"{"tick-label-size": 7}"#, base: global)
    #expect(perFigure.fontSize == 10)
    #expect(perFigure.tickLabelSize == 7)
}

@Test func unknownKeysAreRejectedWithTheirName() {
    #expect {
        try decode(PlotStyle.self, #"{"line-widht": 1}"#)
    } throws: { error in
        String(describing: error).contains("line-widht")
    }
}

@Test func axisAndSeriesStyleBlocks() throws {
    let axis = try decode(PlotAxis.self, #"{"label": "m_{Z'} [GeV]", "scale": "log", "range": [0.001, 1], "label-every": 2}"#)
    #expect(axis == PlotAxis(label: "m_{Z'} [GeV]", scale: .log, range: AxisRange(0.001, 1), labelEvery: 2))
    #expect(throws: DecodingError.self) { try decode(PlotAxis.self, #"{"range": [1, 0.1]}"#) }
    let style = try decode(
        SeriesStyle.self, ##"{"color": "#D55E00", "dash": "dash-dot", "width": 0.8, "fill-opacity": 0.2, "hatch": "forward"}"##)
    #expect(style.color == .rgb(RGBColor(red: 213.0 / 255, green: 94.0 / 255, blue: 0)))
    #expect(style.dash == .dashDot)
    #expect(style.hatch == .forward)
    #expect(try decode(SeriesStyle.self, #"{"color": 3}"#).color == .palette(3))
    #expect(throws: DecodingError.self) { try decode(SeriesStyle.self, #"{"color": "red"}"#) }
}

@Test func legendPositionIsACornerOrAPoint() throws {
    #expect(
        try decode(PlotLegend.self, #"{"position": "lower-left", "frame": true}"#)
            == PlotLegend(position: .corner(.lowerLeft), hasFrame: true))
    #expect(
        try decode(PlotLegend.self, #"{"position": [0.05, 0.9], "coordinates": "axes"}"#).position
            == .point(x: 0.05, y: 0.9, coordinates: .axes, anchor: .upperLeft))
}

@Test func encodedStyleDecodesToTheSameStyle() throws {
    var style = PlotStyle()
    style.palette = [RGBColor(red: 0, green: 0.5, blue: 1)]
    style.fontSize = 8.5
    let data = try JSONEncoder().encode(style)
    let decoded = try JSONDecoder().decode(PlotStyle.self, from: data)
    // Hex colours round to 1/255: compare the hex form, the rest exactly.
    #expect(decoded.palette.map(\.hexString) == style.palette.map(\.hexString))
    #expect(decoded.fontSize == 8.5)
}
