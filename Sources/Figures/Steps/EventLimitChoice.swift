import BuildEngine
import Physics

/// How the `limits` step turns an experiment's count into N_up, the excluded signal events (docs/PHYSICS.md §10).
enum EventLimitChoice: String, ParameterChoice, Hashable, CaseIterable {
    /// The one-sided profile-likelihood test q̃_μ (the 2024 letters), distribution and criterion as the step says.
    case profileLikelihood = "profile-likelihood"
    /// CL_s with Cousins–Highland systematics (`EventUpperLimit`).
    case cls
    /// Classical CL_{s+b} with Cousins–Highland systematics.
    case classical
}

/// Where the distribution of q̃_μ comes from (`ProfileLikelihoodMethod`).
enum ProfileLikelihoodDistributionChoice: String, ParameterChoice, Hashable, CaseIterable {
    /// Toy experiments with the nuisances at their conditional fit (frequentist).
    case toys
    /// The asymptotic formulae (Asimov σ): far from the toys at n = 0 (docs/PHYSICS.md §10).
    case asymptotic
    /// Nuisances drawn from their constraints (Cousins–Highland).
    case hybridToys = "hybrid-toys"
}

/// p_{s+b} = 1 − CL or CL_s = 1 − CL for the profile-likelihood test.
enum ProfileLikelihoodCriterionChoice: String, ParameterChoice, Hashable, CaseIterable {
    case signalPlusBackground = "signal-plus-background"
    case cls

    /// The Physics criterion.
    var criterion: ProfileLikelihoodCriterion {
        switch self {
        case .signalPlusBackground: .signalPlusBackground
        case .cls: .cls
        }
    }
}

/// The event-limit settings of the `limits` step, in one value for the experiments to use.
struct EventLimitSettings: Sendable, Hashable {
    var choice: EventLimitChoice
    var confidenceLevel: Double
    var distribution: ProfileLikelihoodDistributionChoice
    var criterion: ProfileLikelihoodCriterionChoice
    var toys: Int
    var toySeed: UInt64

    /// The Physics method of the profile-likelihood test.
    var profileLikelihoodMethod: ProfileLikelihoodMethod {
        switch distribution {
        case .toys: .toys(count: toys, seed: toySeed)
        case .asymptotic: .asymptotic
        case .hybridToys: .hybridToys(count: toys, seed: toySeed)
        }
    }
}

extension ExperimentParameters {
    /// N_up of this experiment: its count, background B ± σ_B and signal uncertainty r_s, by `settings`.
    func upperLimitEvents(_ settings: EventLimitSettings) throws -> Double {
        switch settings.choice {
        case .cls, .classical:
            return try eventUpperLimit(
                confidenceLevel: settings.confidenceLevel, method: settings.choice == .cls ? .cls : .classical
            ).signalEvents()
        case .profileLikelihood:
            // Without nuisances the toys' q̃_μ falls with n (n < μ), so their p_{s+b} is P(n ≤ n_obs | μ + B) and their
            // CL_s the Poisson CL_s: exact by `EventUpperLimit`, without toy noise or cost. The asymptotic formulae differ.
            if settings.distribution != .asymptotic && backgroundRelativeUncertainty == 0 && signal_relative_uncertainty == 0 {
                return try EventUpperLimit(
                    observedEvents: observed_events, expectedBackground: background_events, confidenceLevel: settings.confidenceLevel,
                    method: settings.criterion == .cls ? .cls : .classical
                ).signalEvents()
            }
            let likelihood = CountingLikelihood(
                observedEvents: Double(observed_events), expectedBackground: background_events,
                backgroundUncertainty: background_events * backgroundRelativeUncertainty,
                relativeSignalUncertainty: signal_relative_uncertainty)
            return try ProfileLikelihoodLimit(likelihood: likelihood, confidenceLevel: settings.confidenceLevel)
                .upperLimit(method: settings.profileLikelihoodMethod, criterion: settings.criterion.criterion)
        }
    }
}
