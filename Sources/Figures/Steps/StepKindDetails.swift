// The prose of docs/STEPS.md after each kind's parameter table: outputs and how they are computed.
// The parameters document themselves (`ParameterSet.parameterDocs`); docs/STEPS.md is generated from both
// by `figures kinds --markdown`.

extension YieldsStep {
    static let details = """
        Splits the events into the radiative (strahlung) and resonant (e⁺e⁻ → Z′ on atomic electrons) terms.

        Input `efficiency`: a table `energy_GeV`, `efficiency` (η linear between points, 0 below the first,
        the last value above). Input `track-lengths-e-minus` or `track-lengths-e-plus`, whichever the beam
        needs: columns `energy_low_GeV`, `energy_high_GeV`, `electrons_lead`, `positrons_lead` in cm per GeV
        per primary; an optional `mean_energy_GeV` column refines the in-bin shape. The radiative term uses the
        lead columns (the target density is n_Pb); the resonant term adds the scintillator columns, weighted by its
        electrons per lead atom, when `scintillator_electrons` is on. With `approximation: etl`, input
        `etl-yield-factors` supplies K(m), which multiplies the IWW radiative integral.

        Input `integrals` instead (a `limits` step, whose output `yield-integrals` holds I_rad and I_res per mass and
        beam): the integrals are read, not computed, and the masses are that step's grid (the union over its beams'
        resonance windows, the beam's own grid when the beams share E₀). Its `approximation`, `atomic_motion`,
        `scintillator_electrons` and mass-grid parameters must equal this step's (checked; the step fails naming the
        first that differs), and the inputs above must then be absent. The numbers are the same bit for bit: the table
        writes shortest round-trip decimals.

        Output `table`: `m_GeV`, `radiative`, `resonant`, `total` [events], `resonant_fraction`.
        """
}

extension LimitsStep {
    static let details = """
        The coupling-independent integrals are computed once per mass and beam and shared by all curves; the
        width dependence (BR_inv(g) in the dark model) is iterated to |Δg|/g < 10⁻⁶. The mass grid is the
        union over the beams' resonance windows. Input `dark-photon-limit` (an external dataset, ε_up(m)) is
        needed when the step's or an experiment's `method` is `ratio`; input `etl-yield-factors` for
        `approximation: etl`. N_up is computed once per experiment (not for ratio-method experiments): with the
        profile-likelihood test and toys, 5 000 toys cost about 3 s of CPU per experiment with nuisances; an
        experiment without nuisances gets the exact Poisson answer.

        Outputs: one table per curve, named experiment name + scenario suffix (e.g. `na64e-2016-2022`,
        `na64e-2016-2022-alpha-d-0.1`), columns `m_GeV`, `g_limit`, `iterations`; masses without
        sensitivity (or outside the external curve, for the ratio method) have no row. Output `yield-integrals`: per
        grid mass the coupling-independent integrals of every beam, `m_GeV`, `radiative_<beam>`, `resonant_<beam>`
        [cm³ per primary] (beams `electron`, `positron`, those of the experiments), with the switches and grid
        parameters as metadata: a `yields` step reads them through its input `integrals`.

        How it is computed, and what that costs (release, 2 cores, the figures.yaml set of 4 experiments ×
        3 scenarios on 443 masses: 1.75 s; `scripts/benchmark` times it with `figures build limits --rerun limits`):
        - Radiative: I_rad = Σ_bins T_i ∫_bin dE F(E), F(E) = ∫dx (dσ/dx) η(xE), with a 4-point Gauss–Legendre
          rule per 1 GeV bin and an adaptive x-integral (in w = −ln(1 − x)) to 10⁻⁵ relative. F depends on the
          mass and the energy only, so at each mass it is computed once and shared by the e⁻ and e⁺ beams.
        - Resonant with `atomic_motion`: the narrow-width limit of σ_atom, π²α K(Y − Y_m)/(m_e sinh Y) per unit
          |Π(m²)|² BR_inv (K the lead kernel, PHYSICS.md §6), integrated over each bin of T₊ with η. Valid while
          Γ/m is far below the Doppler rapidity spread (≈ 0.005 for the outer shells): true for the vanilla
          model at any g of interest (Γ/m ≈ 5·10⁻⁸ at g = 10⁻³). In the dark scenario with α_D = 0.1 (Γ/m ≈ 1.4 %)
          the Breit–Wigner is wider than the Doppler spread and the δ-resonance is an approximation: the
          energy integral is kept exactly, only its spread (≈ 1.4 GeV at 50 GeV) over T₊η is neglected.
        """
}

extension TrackLengthStep {
    static let details = """
        `approximation-a` ignores thicknesses, repetitions, showers, seed and cuts (an infinite homogeneous
        medium); all layers must be of one material, whose two columns get the totals (the other material's
        columns are zero). Bin averages are 8-point Gauss–Legendre integrals in ln E.

        `table` reads the input `table: external:NAME`, a `kind: table` dataset (docs/DATASETS.md): the first
        column is the bin-centre energy, the others any of the four tally names below and their `_error`
        columns, in a length-per-energy unit (absent ones are zeros, unknown ones are an error). Bins are
        taken as logarithmic: edges at the geometric means of neighbouring centres, outer edges mirrored in ln E.

        Output `table` (fixed format, read by the yield steps):

        | column | unit | meaning |
        |---|---|---|
        | `energy_low_GeV`, `energy_high_GeV` | GeV | bin edges |
        | `electrons_lead`, `positrons_lead`, `electrons_scintillator`, `positrons_scintillator` | cm/GeV | \
        dT/dE per primary, averaged over the bin (primary included) |
        | `electrons_lead_error`, … (same four + `_error`) | cm/GeV | \
        one-standard-deviation statistical error from the per-shower spread; 0 for analytic methods |
        | `energy_center_GeV` | GeV | bin centre (geometric mean of the edges), for plotting |

        Metadata: `method`, `beam`, `beam_energy_GeV`, `showers` (0 unless Monte Carlo), `seed` (`none`
        unless Monte Carlo), then method-specific entries (geometry, cuts, mean escaped energy; material;
        dataset source and origin).

        The project's `track-lengths-e-minus` and `track-lengths-e-plus` run 10⁵ showers: the statistical
        error of ∫₅₀¹⁰⁰ T₋ dE in lead (what the signal yield needs, PHYSICS.md §8) is then well below 0.5 %.
        """
}

extension EfficiencyStep {
    static let details = """
        η_down(E_F) = η_max Φ((E_thr − (E₀ − E_F))/σ(E₀ − E_F)), the overall κ not included.

        Output `table`: `energy_GeV` (E_F, GeV) and `efficiency` (η_down); metadata beam energy, threshold,
        resolution, plateau.
        """
}

extension LoopFunctionStep {
    static let details = """
        Output `table`: `q2_GeV2` [GeV²], `re_pi`, `im_pi`, `abs_pi`: Π(q²) in the paper's normalisation
        g = 2π²/e (the bare x-integral, as in Fig. 2 of arXiv:2206.03101); metadata the thresholds.
        """
}

extension AveragedCouplingStep {
    static let details = """
        The relative difference (I_|Π|²/N − |Π(m²)|²)/|Π(m²)|² between the Breit–Wigner-averaged |Π|²
        (Γ = Γ_χχ, normalised by N = ∫ρ) and the on-shell |Π(m²)|², vs m_Z′, for the dark model. Independent of g.

        Output `table`: `m_GeV` [GeV] and, per α_D, `relative_difference_alpha_d_<α_D>` [1] with `.` in the
        number written `p` (column names are identifiers): α_D = 0.1 → `relative_difference_alpha_d_0p1`.
        All α_D share one grid, the union of `AveragedLoopFigure.masses` for each α_D, so each curve resolves
        every window; 2m_μ is a grid point.
        """
}

extension AtomicCrossSectionStep {
    static let details = """
        The letter's Eq. 5: all electrons at rest, Z σ_inv(s = 2m_e² + 2m_e E₊), and with atomic-electron
        motion (the lead subshells of PHYSICS.md §6). Vanilla model (g_D = 0).

        Output `table`: `E_GeV` [GeV], `sigma_at_rest_cm2` [cm²] and (if `atomic_motion`)
        `sigma_atomic_motion_cm2` [cm²]; metadata `resonance_E_GeV` (the at-rest pole, on the grid).
        """
}

extension MuonG2BandStep {
    static let details = """
        The Z′ loop gives δa_μ = (g²/8π²) F(m/m_μ). `discrepancy` selects the Δa_μ ± σ of the 2024 letters or of
        the 2022 paper; `delta_a_mu` and `sigma_a_mu` override it so the band can be redrawn for newer evaluations.

        Output `table`: `m_GeV` [GeV], `g_lower` (δa_μ = Δa_μ − kσ; 0 where that is ≤ 0, the band then
        reaches g = 0) and `g_upper` (δa_μ = Δa_μ + kσ). A band with Δa_μ + kσ ≤ 0 is empty and rejected.
        """
}

extension StrahlungKFactorsStep {
    static let details = """
        σ_tot of e⁻ N → e⁻ N V (per ε², lead, electron beam) in the exact tree-level calculation (the per-mass
        `ExactStrahlungTable` at the one beam energy) and in the WW and IWW approximations, at each mass of a
        logarithmic grid. The masses are independent and computed in parallel; the order of the rows is fixed.

        Output `table`: `m_GeV` [GeV], `sigma_etl_inv_GeV2` [GeV⁻²], `ww_over_etl` and `iww_over_etl` [1], `one`
        (K = 1, the reference line of the figure);
        metadata `beam_energy_GeV`, `material`.
        """
}

extension ThermalTargetStep {
    static let details = """
        Solves g_D² g² (m_χ/m_Z′)⁴ = f · 3×10⁻¹⁵ (m_χ/1 MeV)², g_D² = 4πα_D, m_χ = m_Z′/mass_ratio, for g.

        Output `table`: `m_GeV` [GeV], `g` [1].
        """
}

extension NA64MuonRecastStep {
    static let details = """
        μN → μN Z′ on lead, Z′ → invisible, Weizsäcker–Williams with the full muon-mass μγ → μZ′ amplitude and
        angle-dependent t_min; N = N_MOT ε n_Pb BR_inv σ(x > x_min), g = √(N_up/(N/g²)). The 2022 run and the
        10¹¹ MOT projection are two steps of this kind that differ in `muons_on_target` and `projection`.
        About 0.56 s per curve (release, 2 cores, `scripts/benchmark`, process start included).

        """ + RecastCurveOutput.outputsDocumentation
}

extension BorexinoRecastStep {
    static let details = """
        ⁷Be ν–e elastic scattering with the loop-induced Z′ coupling to electrons (sign opposite to the
        muon's), flavour mix at Earth from adiabatic MSW, and the rate ratio to the Standard Model. Below
        m ≈ 0.3 MeV a rate-only bound depends on the recoil threshold (PHYSICS.md §12); the default grid
        starts at 1 MeV. About 0.03 s (release, 2 cores, `scripts/benchmark`, process start included).

        """ + RecastCurveOutput.outputsDocumentation
}

extension TridentRecastStep {
    static let details = """
        ν_μ N → ν_μ N μ⁺μ⁻ in the equivalent-photon approximation on iron, the Z′ in the vector coupling with
        the exact momentum transfer at each phase-space point; bound σ/σ_SM < measured + k σ. The phase-space
        points are generated once and every mass is one pass over them, so the cost is in the setup: about
        0.20 s (release, 2 cores, `scripts/benchmark`, process start included).

        """ + RecastCurveOutput.outputsDocumentation
}

extension FigureStep {
    static let details = """
        Entries under `figures:` are of this kind; their parameters are the figure description of
        docs/PLOTTING.md (series, axes, legend), not a parameter table.
        """
}

extension RecastCurveOutput {
    /// What every recast kind writes, for its documentation.
    static let outputsDocumentation = """
        A recast computes a limit on g′(m_Z′) that no public file gives in the L_μ−L_τ plane, from first
        principles (PHYSICS.md §12). Outputs `table` (`m_GeV`, `g_limit`; masses without a limit have no row)
        and `dataset.csv`: the same curve in the external-limit format (docs/DATASETS.md), origin `computed by
        ZPrimePaper`, every parameter in a `notes` line.
        """
}
