import Testing
@testable import Figures
import Physics

/// A mass where the width iteration does not converge fails the limits step (it is not left as a gap):
/// the message names the curve and the mass, and what the solver reached.
@Suite struct LimitsNonConvergenceTests {
    @Test func messageNamesCurveMassAndIteration() {
        let message = LimitsStep.nonConvergenceMessage(
            curve: "na64e-2016-2022-alpha-d-0.1", massGeV: 0.25,
            error: .notConverged(lastCoupling: 0.001, iterations: 100))
        #expect(
            message == "curve 'na64e-2016-2022-alpha-d-0.1' at m = 0.25 GeV: the width iteration did not converge in "
                + "100 iterations (last g = 0.001); no limit can be given there (narrow the mass range or report the case)")
    }
}
