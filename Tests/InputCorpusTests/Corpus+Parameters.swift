extension Corpus {
    static let experiment = "{name: na64e, eot: 9.1e+11, kappa: 0.5, beam: electron, background_events: 0.3}"
    static let thermal = "{alpha_dark: 0.1, mass_ratio: 3, factor: 1, points: 20}"
    static let limitsInputs = "inputs: {track-lengths-e-minus: track-lengths, efficiency: signal-efficiency}"

    static let parameters: [CorpusCase] = [
        .yaml("param-unknown-key", .parameters, "      points_per_decade: 20\n", "      points_per_decad: 20\n"),
        .yaml("param-unknown-step-key", .parameters, "    kind: loop-function\n    params:", "    kind: loop-function\n    parms:"),
        .yaml("param-unknown-kind", .parameters, "    kind: loop-function\n", "    kind: loop-functon\n"),
        .yaml("param-missing-kind", .parameters, "    kind: loop-function\n", ""),
        .yaml("param-string-for-number", .parameters, "      q2_max_GeV2: 10\n", "      q2_max_GeV2: ten\n"),
        .yaml("param-list-for-number", .parameters, "      q2_max_GeV2: 10\n", "      q2_max_GeV2: [10]\n"),
        .yaml("param-mapping-for-number", .parameters, "      q2_max_GeV2: 10\n", "      q2_max_GeV2: {value: 10}\n"),
        .yaml("param-fraction-for-integer", .parameters, "      points_per_decade: 20\n", "      points_per_decade: 20.5\n"),
        .yaml("param-word-for-boolean", .parameters, "      atomic_motion: false\n", "      atomic_motion: sometimes\n"),
        .yaml("param-number-for-list", .parameters, "      experiments:\n        - \(experiment)\n", "      experiments: 3\n"),
        .yaml("param-enum-discrepancy", .parameters, "      discrepancy: \"2024\"", "      discrepancy: \"2023\""),
        .yaml("param-enum-combination", .parameters, "      combination: quadrature", "      combination: quadratic"),
        .yaml("param-enum-track-length-method", .parameters, "      method: approximation-a", "      method: monte-carla"),
        .yaml("param-enum-beam", .parameters, "      beam: electron\n", "      beam: muon\n"),
        .yaml("param-enum-beam-in-experiment", .parameters, "kappa: 0.5, beam: electron,", "kappa: 0.5, beam: proton,"),
        .yaml("param-enum-upper-limit-method", .parameters, "      upper_limit_method: cls", "      upper_limit_method: feldman-cousins"),
        .yaml("param-enum-limits-method", .parameters, "      method: absolute", "      method: relative"),
        .yaml(
            "param-enum-approximation", .parameters, "      atomic_motion: false\n",
            "      atomic_motion: false\n      approximation: eww\n"),
        .yaml("param-enum-material", .parameters, "{material: lead, thickness_cm: 0.15}", "{material: iron, thickness_cm: 0.15}"),
        .yaml("param-negative-q2", .parameters, "      q2_min_GeV2: 1.0e-4", "      q2_min_GeV2: -1"),
        .yaml("param-q2-range-reversed", .parameters, "      q2_max_GeV2: 10\n", "      q2_max_GeV2: 1.0e-5\n"),
        .yaml("param-zero-points", .parameters, "      points: 40", "      points: 0"),
        .yaml("param-threshold-above-beam", .parameters, "      threshold_GeV: 50", "      threshold_GeV: 150"),
        .yaml("param-plateau-above-one", .parameters, "      plateau: 1\n", "      plateau: 1.5\n"),
        .yaml("param-confidence-level-one", .parameters, "      confidence_level: 0.9", "      confidence_level: 1"),
        .yaml("param-kappa-zero", .parameters, "kappa: 0.5, beam: electron,", "kappa: 0, beam: electron,"),
        .yaml("param-negative-eot", .parameters, "eot: 9.1e+11,", "eot: -9.1e+11,"),
        .yaml("param-alpha-dark-above-one", .parameters, thermal, "{alpha_dark: 2, mass_ratio: 3, factor: 1, points: 20}"),
        .yaml("param-mass-ratio-zero", .parameters, thermal, "{alpha_dark: 0.1, mass_ratio: 0, factor: 1, points: 20}"),
        .yaml(
            "param-huge-beam-energy-monte-carlo", .parameters,
            "      method: approximation-a\n      beam: electron\n      beam_energy_GeV: 100",
            "      method: monte-carlo\n      beam: electron\n      beam_energy_GeV: 1.0e+30"),
        .yaml(
            "param-huge-beam-energy", .parameters, "      beam: electron\n      beam_energy_GeV: 100",
            "      beam: electron\n      beam_energy_GeV: 1.0e+30"),
        .yaml("param-zero-thickness", .parameters, "{material: lead, thickness_cm: 0.15}", "{material: lead, thickness_cm: 0}"),
        .yaml("param-zero-energy-bins", .parameters, "      energy_bins: 20", "      energy_bins: 0"),
        .yaml("param-huge-points-per-decade", .parameters, "      points_per_decade: 4", "      points_per_decade: 100000"),
        .yaml(
            "param-mass-range-reversed", .parameters, "      mass_min_GeV: 1.0e-3\n      mass_max_GeV: 1\n",
            "      mass_min_GeV: 2\n      mass_max_GeV: 1\n"),
        .yaml("param-not-a-number", .parameters, "      q2_max_GeV2: 10\n", "      q2_max_GeV2: .nan\n"),
        .yaml("param-infinity", .parameters, "      q2_max_GeV2: 10\n", "      q2_max_GeV2: .inf\n"),
        .yaml("param-scenario-alpha-d-one", .parameters, "{name: vanilla, suffix: \"\"}", "{name: dark, alpha_D: 1}"),
        .yaml("param-empty-value", .parameters, "      q2_min_GeV2: 1.0e-4", "      q2_min_GeV2:"),
        .yaml("param-empty-experiment-list", .parameters, "      experiments:\n        - \(experiment)\n", "      experiments: []\n"),
        .yaml("param-empty-experiment-name", .parameters, "{name: na64e, eot", "{name: \"\", eot"),
        .yaml("param-missing-experiments", .parameters, "      experiments:\n        - \(experiment)\n", ""),
        .yaml("param-missing-alpha-dark", .parameters, thermal, "{mass_ratio: 3, factor: 1, points: 20}"),
        .yaml("param-unknown-key-in-experiment", .parameters, "background_events: 0.3}", "backgrund_events: 0.3}"),
        .yaml("param-toys-too-few", .parameters, "      confidence_level: 0.9\n", "      confidence_level: 0.9\n      toys: 10\n"),
        .yaml("param-negative-toy-seed", .parameters, "      confidence_level: 0.9\n", "      confidence_level: 0.9\n      toy_seed: -1\n"),
        .yaml(
            "param-negative-background-uncertainty", .parameters, "background_events: 0.3}",
            "background_events: 0.3, background_uncertainty_events: -0.2}"),
        .yaml(
            "param-negative-threshold-weight", .parameters, "background_events: 0.3}",
            "background_events: 0.3, ecal_thresholds: [{threshold_GeV: 47}, {threshold_GeV: 50, weight: -1}]}"),
        .yaml(
            "param-threshold-sample-without-threshold", .parameters, "background_events: 0.3}",
            "background_events: 0.3, ecal_thresholds: [{weight: 2}]}"),
        .yaml("param-top-bins-zero", .parameters, "      energy_bins: 20\n", "      energy_bins: 20\n      energy_top_bins: 0\n"),
        .yaml(
            "param-top-bins-without-resolution", .parameters, "      energy_bins: 20\n",
            "      energy_bins: 20\n      energy_top_bins: 8\n"),
        .yaml(
            "param-top-resolution-wider-than-the-bin", .parameters, "      energy_bins: 20\n",
            "      energy_bins: 20\n      energy_top_bins: 8\n      energy_top_resolution_GeV: 50\n"),
        .yaml("param-unknown-key-in-layer", .parameters, "{material: lead, thickness_cm: 0.15}", "{material: lead, thickness: 0.15}"),
        .yaml(
            "param-unknown-input-role", .parameters, limitsInputs,
            "inputs: {track-lengths-e-minus: track-lengths, efficiency: signal-efficiency, extra: gm2-band}"),
        .yaml(
            "param-input-unknown-step", .parameters, limitsInputs,
            "inputs: {track-lengths-e-minus: track-lengths, efficiency: signal-eficiency}"),
        .yaml("param-input-cycle", .parameters, limitsInputs, "inputs: {track-lengths-e-minus: track-lengths, efficiency: limits}"),
        .yaml("param-input-from-a-figure", .parameters, limitsInputs, "inputs: {track-lengths-e-minus: track-lengths, efficiency: pi-q2}"),
        .yaml("param-required-input-missing", .parameters, limitsInputs, "inputs: {track-lengths-e-minus: track-lengths}"),
        .yaml("param-shards-zero", .parameters, "    kind: track-lengths\n", "    kind: track-lengths\n    shards: 0\n"),
        .yaml("param-timeout-zero", .parameters, "    kind: muon-g2-band\n", "    kind: muon-g2-band\n    timeout_s: 0\n"),
        .yaml("param-timeout-word", .parameters, "    kind: muon-g2-band\n", "    kind: muon-g2-band\n    timeout_s: forever\n"),
        .yaml("param-step-name-with-slash", .parameters, "  gm2-band:\n", "  gm2/band:\n"),
        .yaml("param-step-named-like-a-figure", .parameters, "  thermal-target:\n    kind:", "  efficiency:\n    kind:")
    ]
}
