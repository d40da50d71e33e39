import CProcessorFeatures
import CommonVocabulary
import Foundation
import Testing

@testable import FiguresCLI

/// The start-up check for builds whose Physics is compiled for AVX: the message users read, when it is shown,
/// and the CPUID answer against the kernel's own flag list.
@Suite struct ProcessorRequirementTests {
    @Test func messageForAProcessorWithoutAVX() throws {
        let error = try #require(ProcessorRequirement.unmetRequirement(physicsNeedsAVX: true, processorHasAVX: false))
        #expect(
            "error: " + UserError.render(error)
                == "error: this build of figures computes its physics with AVX instructions (x86-64 processors since 2011), "
                + "which this processor or its operating system does not provide; rebuild for baseline x86-64 with "
                + "ZPRIMEPAPER_NO_AVX=1 in the environment (for example 'ZPRIMEPAPER_NO_AVX=1 swift build'): the same "
                + "numbers, computed more slowly")
    }

    @Test func noMessageWhenTheBuildCanRun() {
        #expect(ProcessorRequirement.unmetRequirement(physicsNeedsAVX: true, processorHasAVX: true) == nil)
        #expect(ProcessorRequirement.unmetRequirement(physicsNeedsAVX: false, processorHasAVX: false) == nil)
    }

    /// CPUID and XGETBV agree with the flags Linux lists for the first processor (the kernel shows "avx" only when
    /// the processor has it and the kernel saves its registers, the same two conditions).
    @Test func cpuidAgreesWithTheKernel() throws {
        #if arch(x86_64) && os(Linux)
            let cpuinfo = try String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)
            let flagsLine = try #require(cpuinfo.split(separator: "\n").first { $0.hasPrefix("flags") })
            let kernelListsAVX = flagsLine.split(separator: " ").contains("avx")
            #expect((zp_processor_supports_avx() != 0) == kernelListsAVX)
        #else
            #expect(zp_processor_supports_avx() == 1)
        #endif
    }
}
