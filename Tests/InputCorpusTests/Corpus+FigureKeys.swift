extension Corpus {
    static let rePi = "{name: re-pi, from: loop-function, x: q2_GeV2, y: re_pi,"
    static let piX = #"x: {label: "q^2 [GeV^2]", scale: log, range: [1.0e-4, 10]}"#
    static let exclusionX = #"x: {label: "m_{Z'} [GeV]", scale: log, range: [1.0e-3, 1]}"#
    static let exclusionY = #"y: {label: "g_{Z'}", scale: log, range: [1.0e-5, 1]}"#
    static let efficiencyX = #"x: {label: "E_F [GeV]", range: [0, 100]}"#
    static let efficiencySeries = "{name: efficiency, from: signal-efficiency, x: energy_GeV, y: efficiency, style: {color: 0}}"
    static let babarLabel = #"{text: "BaBar", at: [0.45, 0.03], font-size: 6.5}"#
    static let exclusionLegend = "legend: {position: lower-right, font-size: 6}"

    static let figureKeys: [CorpusCase] = [
        .yaml("figure-unknown-paper", .figureKeys, "  pi-q2:\n    size:", "  pi-q2:\n    paper: na64e-2023\n    size:"),
        .yaml("figure-number-without-paper", .figureKeys, "  pi-q2:\n    size:", "  pi-q2:\n    figure: \"Fig. 2\"\n    size:"),
        .yaml("figure-unknown-step", .figureKeys, rePi, "{name: re-pi, from: loop-functon, x: q2_GeV2, y: re_pi,"),
        .yaml("figure-unknown-column", .figureKeys, rePi, "{name: re-pi, from: loop-function, x: q2_GeV2, y: re_pii,"),
        .yaml("figure-unknown-x-column", .figureKeys, rePi, "{name: re-pi, from: loop-function, x: q2, y: re_pi,"),
        .yaml("figure-unknown-output", .figureKeys, "from: limits/na64e,", "from: limits/na64f,"),
        .yaml("figure-unknown-dataset", .figureKeys, #"from: "external:babar-2016""#, #"from: "external:babar-2017""#),
        .yaml("figure-unknown-band-column", .figureKeys, "lower: g_lower, upper: g_upper", "lower: g_lower, upper: g_uper"),
        .yaml(
            "figure-series-from-a-figure", .figureKeys, efficiencySeries,
            "{name: efficiency, from: pi-q2, x: energy_GeV, y: efficiency, style: {color: 0}}"),
        .yaml("figure-legend-position-typo", .figureKeys, "legend: {position: lower-left}", "legend: {position: lower-lef}"),
        .yaml("figure-legend-unknown-key", .figureKeys, "legend: {position: lower-left}", "legend: {positon: lower-left}"),
        .yaml("figure-legend-position-three-numbers", .figureKeys, "legend: {position: lower-left}", "legend: {position: [1, 2, 3]}"),
        .yaml(
            "figure-legend-data-position-on-log-axis", .figureKeys, exclusionLegend,
            "legend: {position: [0, 1.0e-3], coordinates: data, anchor: lower-left}"),
        .yaml(
            "figure-legend-anchor-typo", .figureKeys, exclusionLegend,
            "legend: {position: [2.0e-3, 1.0e-4], coordinates: data, anchor: lower-middle}"),
        .yaml("figure-scale-typo", .figureKeys, piX, #"x: {label: "q^2 [GeV^2]", scale: logarithmic, range: [1.0e-4, 10]}"#),
        .yaml("figure-log-range-zero", .figureKeys, piX, #"x: {label: "q^2 [GeV^2]", scale: log, range: [0, 10]}"#),
        .yaml("figure-log-range-negative", .figureKeys, exclusionY, #"y: {label: "g_{Z'}", scale: log, range: [-1, 1]}"#),
        .yaml("figure-range-reversed", .figureKeys, efficiencyX, #"x: {label: "E_F [GeV]", range: [100, 0]}"#),
        .yaml("figure-range-empty", .figureKeys, efficiencyX, #"x: {label: "E_F [GeV]", range: [100, 100]}"#),
        .yaml("figure-range-one-value", .figureKeys, efficiencyX, #"x: {label: "E_F [GeV]", range: [100]}"#),
        .yaml("figure-range-words", .figureKeys, efficiencyX, #"x: {label: "E_F [GeV]", range: [low, high]}"#),
        .yaml("figure-range-infinite", .figureKeys, efficiencyX, #"x: {label: "E_F [GeV]", range: [0, .inf]}"#),
        .yaml("figure-axis-unknown-key", .figureKeys, efficiencyX, #"x: {label: "E_F [GeV]", range: [0, 100], ticks: 5}"#),
        .yaml(
            "figure-negative-size", .figureKeys, "size: single-column\n    x: {label: \"E_F",
            "size: {width: -10, height: 100}\n    x: {label: \"E_F"),
        .yaml(
            "figure-zero-height", .figureKeys, "size: single-column\n    x: {label: \"E_F",
            "size: {width: 200, height: 0}\n    x: {label: \"E_F"),
        .yaml(
            "figure-unknown-size-name", .figureKeys, "size: single-column\n    x: {label: \"E_F",
            "size: triple-column\n    x: {label: \"E_F"),
        .yaml("figure-unclosed-math-in-axis-label", .figureKeys, exclusionX, #"x: {label: "m_{Z' [GeV]", scale: log, range: [1.0e-3, 1]}"#),
        .yaml("figure-unclosed-math-in-legend", .figureKeys, #"legend: "\\mathrm{Re}\\,\\Pi""#, #"legend: "\\mathrm{Re\\,\\Pi""#),
        .yaml(
            "figure-unknown-math-command", .figureKeys, #"y: {label: "\\eta", range: [0, 1.05]}"#,
            #"y: {label: "\\etaa", range: [0, 1.05]}"#),
        .yaml("figure-unclosed-math-in-label", .figureKeys, babarLabel, #"{text: "BaBar^{", at: [0.45, 0.03], font-size: 6.5}"#),
        .yaml(
            "figure-stray-closing-brace", .figureKeys, #"y: {label: "\\eta", range: [0, 1.05]}"#, #"y: {label: "\\eta}", range: [0, 1.05]}"#
        ),
        .yaml("figure-series-missing-from", .figureKeys, rePi, "{name: re-pi, x: q2_GeV2, y: re_pi,"),
        .yaml("figure-series-missing-name", .figureKeys, rePi, "{from: loop-function, x: q2_GeV2, y: re_pi,"),
        .yaml("figure-duplicate-series-name", .figureKeys, "{name: im-pi,", "{name: re-pi,"),
        .yaml("figure-colour-unknown-name", .figureKeys, ##"color: "#000000""##, "color: blurple"),
        .yaml("figure-colour-short-hex", .figureKeys, ##"color: "#000000""##, ##"color: "#12345""##),
        .yaml(
            "figure-colour-negative-index", .figureKeys, efficiencySeries,
            "{name: efficiency, from: signal-efficiency, x: energy_GeV, y: efficiency, style: {color: -1}}"),
        .yaml("figure-dash-unknown", .figureKeys, "color: 1, dash: dashed", "color: 1, dash: dashdot"),
        .yaml("figure-fill-opacity-above-one", .figureKeys, "fill-opacity: 0.5}", "fill-opacity: 2}"),
        .yaml("figure-negative-line-width", .figureKeys, "width: 1}", "width: -1}"),
        .yaml("figure-style-unknown-key", .figureKeys, "width: 1}", "width: 1, thickness: 2}"),
        .yaml("figure-label-at-one-coordinate", .figureKeys, babarLabel, #"{text: "BaBar", at: [0.45], font-size: 6.5}"#),
        .yaml("figure-label-at-negative-on-log-axis", .figureKeys, babarLabel, #"{text: "BaBar", at: [-0.45, 0.03], font-size: 6.5}"#),
        .yaml("figure-label-font-size-zero", .figureKeys, babarLabel, #"{text: "BaBar", at: [0.45, 0.03], font-size: 0}"#),
        .yaml("figure-label-empty-text", .figureKeys, babarLabel, #"{text: "", at: [0.45, 0.03], font-size: 6.5}"#),
        .yaml("figure-legend-negative-font-size", .figureKeys, exclusionLegend, "legend: {position: lower-right, font-size: -6}"),
        .yaml("figure-style-negative-font-size", .figureKeys, "  font-size: 9\n", "  font-size: -9\n"),
        .yaml("figure-style-empty-font-family", .figureKeys, "  font-family: Latin Modern Roman\n", "  font-family: \"\"\n"),
        .yaml("figure-style-unknown-top-level-key", .figureKeys, "  font-size: 9\n", "  font-size: 9\n  font-weight: bold\n"),
        .yaml(
            "figure-unknown-key", .figureKeys, "  efficiency:\n    size: single-column\n",
            "  efficiency:\n    titel: eta\n    size: single-column\n"),
        .yaml(
            "figure-png-dpi-zero", .figureKeys, "  efficiency:\n    size: single-column\n",
            "  efficiency:\n    png-dpi: 0\n    size: single-column\n"),
        .yaml(
            "figure-png-dpi-word", .figureKeys, "  efficiency:\n    size: single-column\n",
            "  efficiency:\n    png-dpi: high\n    size: single-column\n"),
        .yaml("figure-missing-data", .figureKeys, #"    data: {x: "E_F", x-unit: "GeV", y: "efficiency", y-unit: "1"}"# + "\n", ""),
        .yaml("figure-empty-series", .figureKeys, "    series:\n      - \(efficiencySeries)\n", "    series: []\n"),
        .yaml(
            "figure-region-toward-unknown", .figureKeys, #"from: "external:babar-2016", style"#,
            #"from: "external:babar-2016", toward: sideways, style"#),
        .yaml(
            "figure-zero-x-factor", .figureKeys, efficiencySeries,
            "{name: efficiency, from: signal-efficiency, x: energy_GeV, x-factor: 0, y: efficiency, style: {color: 0}}"),
        .yaml("figure-band-dataset-as-region", .figureKeys, #"from: "external:belle2-2020""#, #"from: "external:gm2-band-darkcast""#),
        .yaml(
            "figure-unknown-transform", .figureKeys, #"from: "external:belle2-2020", style"#,
            #"from: "external:belle2-2020", transform: g-over-x, style"#),
        .yaml("figure-figures-is-a-list", .figureKeys, "\nfigures:\n  pi-q2:\n", "\nfigures:\n- pi-q2:\n")
    ]
}
