extension Corpus {
    static let defaultTolerance = "default: {rtol: 1.0e-6, atol: 0}"
    static let efficiencyTolerance = "efficiency: {atol: 1.0e-9}"

    static let tolerances: [CorpusCase] = [
        .yaml("tolerance-negative-rtol", .tolerances, defaultTolerance, "default: {rtol: -1.0e-6, atol: 0}"),
        .yaml("tolerance-negative-atol", .tolerances, efficiencyTolerance, "efficiency: {atol: -1}"),
        .yaml("tolerance-not-a-number", .tolerances, efficiencyTolerance, "efficiency: {atol: .nan}"),
        .yaml("tolerance-infinite", .tolerances, defaultTolerance, "default: {rtol: .inf, atol: 0}"),
        .yaml("tolerance-word", .tolerances, defaultTolerance, "default: {rtol: tight, atol: 0}"),
        .yaml("tolerance-empty-value", .tolerances, efficiencyTolerance, "efficiency: {atol: }"),
        .yaml("tolerance-unknown-figure", .tolerances, efficiencyTolerance, "effciency: {atol: 1.0e-9}"),
        .yaml("tolerance-for-a-step", .tolerances, efficiencyTolerance, "loop-function: {atol: 1.0e-9}"),
        .yaml("tolerance-unknown-series", .tolerances, efficiencyTolerance, "efficiency: {series: {eff: {atol: 1}}}"),
        .yaml("tolerance-unknown-key", .tolerances, efficiencyTolerance, "efficiency: {atl: 1.0e-9}"),
        .yaml("tolerance-unknown-key-in-default", .tolerances, defaultTolerance, "default: {rtol: 1.0e-6, atol: 0, mode: strict}"),
        .yaml("tolerance-unknown-section-key", .tolerances, "  figures:\n    efficiency", "  figurs:\n    efficiency"),
        .yaml(
            "tolerance-section-not-a-mapping", .tolerances,
            "tolerances:\n  \(defaultTolerance)\n  figures:\n    \(efficiencyTolerance)\n", "tolerances: [1.0e-6]\n"),
        .yaml("tolerance-figures-a-list", .tolerances, "  figures:\n    \(efficiencyTolerance)\n", "  figures: [efficiency]\n"),
        .yaml("tolerance-duplicate-key", .tolerances, efficiencyTolerance, "efficiency: {atol: 1.0e-9, atol: 1}"),
        .yaml("tolerance-negative-series-rtol", .tolerances, efficiencyTolerance, "efficiency: {series: {efficiency: {rtol: -0.5}}}"),
        .yaml(
            "tolerance-checked-by-diff", .tolerances, defaultTolerance, "default: {rtol: -1.0e-6, atol: 0}",
            arguments: ["diff", "--no-build"])
    ]
}
