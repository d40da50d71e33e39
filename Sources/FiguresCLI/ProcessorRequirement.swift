import BuildEngine
import CProcessorFeatures
import Foundation

/// The start-up check that this processor can run the instructions Physics was compiled for.
///
/// On x86-64 Physics is compiled for AVX (Package.swift), so that the thermal averages divide and take square
/// roots four lanes at a time. On a processor without AVX the first such instruction would stop the process with
/// SIGILL and no word of why; `figures` asks CPUID first (well under a microsecond) and explains instead.
enum ProcessorRequirement {
    /// Whether this build's Physics uses AVX instructions (Package.swift defines `PHYSICS_NEEDS_AVX` with them).
    static var physicsNeedsAVX: Bool {
        #if PHYSICS_NEEDS_AVX
            return true
        #else
            return false
        #endif
    }

    /// The error a user reads when Physics needs AVX and the processor lacks it; nil when the build can run.
    /// Pure, so its text is tested as a golden string.
    static func unmetRequirement(physicsNeedsAVX: Bool, processorHasAVX: Bool) -> UserError? {
        guard physicsNeedsAVX, !processorHasAVX else { return nil }
        return UserError(
            nil,
            problem: "this build of figures computes its physics with AVX instructions (x86-64 processors since 2011), "
                + "which this processor or its operating system does not provide",
            hint: "rebuild for baseline x86-64 with ZPRIMEPAPER_NO_AVX=1 in the environment (for example "
                + "'ZPRIMEPAPER_NO_AVX=1 swift build'): the same numbers, computed more slowly"
        )
    }

    /// Exits with code 2 and the error above when this processor cannot run the build's Physics.
    static func checkAtStart() {
        let processorHasAVX = zp_processor_supports_avx() != 0
        if let error = unmetRequirement(physicsNeedsAVX: physicsNeedsAVX, processorHasAVX: processorHasAVX) {
            printUserError(error)
            Foundation.exit(2)
        }
    }
}
