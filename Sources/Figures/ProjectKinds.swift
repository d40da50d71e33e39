import BuildEngine
import DataFormats

/// The step kinds of the ZPrimePaper project, registered for figures.yaml.
public enum ProjectKinds {
    /// Every kind, by name.
    public static let registry: StepKindRegistry = {
        var registry = StepKindRegistry()
        registry.register(LoopFunctionStep.self)
        registry.register(YieldsStep.self)
        registry.register(LimitsStep.self)
        registry.register(TrackLengthStep.self)
        registry.register(EfficiencyStep.self)
        registry.register(BorexinoRecastStep.self)
        registry.register(TridentRecastStep.self)
        registry.register(NA64MuonRecastStep.self)
        registry.register(AveragedCouplingStep.self)
        registry.register(AtomicCrossSectionStep.self)
        registry.register(MuonG2BandStep.self)
        registry.register(ThermalTargetStep.self)
        registry.register(RelicTargetsStep.self)
        registry.register(DarkMatterVariableStep.self)
        registry.register(StrahlungKFactorsStep.self)
        registry.register(LoopFunctionFitStep.self)
        registry.register(MuonStrahlungSpectraStep.self)
        registry.register(SignalEnergySpectraStep.self)
        registry.register(ExactTreeLevelFactorsStep.self)
        registry.register(FigureStep.self)
        registry.datasetColumns = FigureStep.datasetColumns
        // The figure schema: `figures:` entries are nodes of the figure kind, each inheriting the
        // project-wide `style:`; `tolerances:` is read by `figures diff`.
        registry.registerSection("style")
        registry.registerNodeSection("figures", kind: FigureStep.name, inheriting: "style")
        registry.registerSection("tolerances")
        // The figures write out/data (the baseline `figures diff` compares) and out/figures; no step publishes there.
        registry.reservedPublishDirectories = [
            "data": "the figures' data (compared by figures diff)", "figures": "the rendered figures"
        ]
        // Every dataset a figure reads must hold what the figure draws (checked at load, before any step).
        registry.registerProjectCheck(FigureDatasetCheck.check)
        // Tolerances must be valid numbers and name declared figures and series (checked at load).
        registry.registerProjectCheck(ToleranceCheck.check)
        return registry
    }()

    /// Fingerprints of the source groups (for diagnostics and the cache documentation's tests).
    public static var sourceGroupFingerprints: [String: String] { CodeFingerprints.allGroups }
}
