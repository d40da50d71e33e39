import BuildEngine
import Testing
@testable import Figures

/// Golden messages for ten typical mistakes in a figure's keys: each is located at the offending
/// key's line and column, names the key path and what was expected (the valid names for an enum),
/// and carries no raw Swift text ("Cannot initialize", "DecodingError", type names).
@Suite("Figure-key errors (golden)")
struct FigureKeyErrorGoldenTests {
    /// A small valid figure: `axis` is its line 7, `series` its line 11, `extra` starts at line 12 (keys
    /// of the figure, indented by four spaces).
    static func configuration(axis: String = "x: {label: \"m [GeV]\", scale: log}", series: String? = nil, extra: String = "") -> String {
        """
        version: 1
        steps:
          loop:
            kind: loop-function
        figures:
          probe:
            \(axis)
            y: {label: "g"}
            data: {x: m, y: g}
            series:
              \(series ?? "- {name: re-pi, from: loop, x: q2_GeV2, y: re_pi}")
        \(extra)
        """
    }

    /// The message for `text`, which must not load.
    static func message(_ text: String) -> String {
        do {
            _ = try Project.parse(text: text, rootDirectory: "/nonexistent", configFile: "figures.yaml", registry: ProjectKinds.registry)
        } catch {
            return error.description
        }
        Issue.record("the configuration loaded")
        return ""
    }

    static let cases: [(name: String, text: String, expected: String)] = [
        (
            "scale: logarithmic", configuration(axis: "x: {label: \"m [GeV]\", scale: logarithmic}"),
            "figures.yaml:7:34: figures.probe.x.scale: expected one of 'linear', 'log', found 'logarithmic'"
        ),
        (
            "legend.position: topleft", configuration(extra: "    legend: {position: topleft}"),
            "figures.yaml:12:24: figures.probe.legend.position: expected a corner (upper-left, upper-right, lower-left, "
                + "lower-right) or [x, y], found 'topleft'"
        ),
        (
            "dash: dashdot", configuration(series: "- {name: re-pi, from: loop, x: q2_GeV2, y: re_pi, style: {dash: dashdot}}"),
            "figures.yaml:11:71: figures.probe.series[0].style.dash: expected one of 'solid', 'dashed', 'dotted', 'dash-dot', "
                + "found 'dashdot'; did you mean 'dash-dot'?"
        ),
        (
            "align: centre", configuration(extra: "    labels:\n      - {text: a, at: [1, 2], align: centre}"),
            "figures.yaml:13:38: figures.probe.labels[0].align: expected one of 'left', 'center', 'right', found 'centre'; "
                + "did you mean 'center'?"
        ),
        (
            "toward: up", configuration(extra: "    regions:\n      - {name: r, from: loop, x: q2_GeV2, y: re_pi, toward: up}"),
            "figures.yaml:13:61: figures.probe.regions[0].toward: expected one of 'top', 'bottom', 'left', 'right', found 'up'; "
                + "did you mean 'top'?"
        ),
        (
            "coordinates: axis", configuration(extra: "    labels:\n      - {text: a, at: [0.5, 0.5], coordinates: axis}"),
            "figures.yaml:13:48: figures.probe.labels[0].coordinates: expected one of 'axes', 'data', found 'axis'; "
                + "did you mean 'axes'?"
        ),
        (
            "legend key typo", configuration(extra: "    legend: {positon: lower-left}"),
            "figures.yaml:12:23: figures.probe.legend.positon: unknown key \"positon\"; expected one of: show, position, "
                + "coordinates, anchor, frame, font-size, order"
        ),
        (
            "style width negative", configuration(series: "- {name: re-pi, from: loop, x: q2_GeV2, y: re_pi, style: {width: -1}}"),
            "figures.yaml:11:72: figures.probe.series[0].style.width: expected a finite number of at least 0, found -1.0"
        ),
        (
            "range reversed", configuration(axis: "x: {label: \"m [GeV]\", scale: log, range: [1, 0.001]}"),
            "figures.yaml:7:46: figures.probe.x.range: expected a range [lower, upper] with lower < upper, found [1.0, 0.001]"
        ),
        (
            "label at: one number without along", configuration(extra: "    labels:\n      - {text: a, at: [0.5]}"),
            "figures.yaml:13:23: figures.probe.labels[0].at: expected [x, y] (or [x] with along:)"
        )
    ]

    @Test(arguments: 0..<10)
    func typicalMistake(index: Int) {
        let (name, text, expected) = Self.cases[index]
        let message = Self.message(text)
        #expect(message == expected, "\(name)")
        for raw in ["Cannot initialize", "DecodingError", "dataCorrupted", "CodingKeys", "Swift."] {
            #expect(!message.contains(raw), "\(name): raw Swift text '\(raw)' in: \(message)")
        }
    }
}
