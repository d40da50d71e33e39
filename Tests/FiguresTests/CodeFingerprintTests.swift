import Testing
@testable import Figures

/// The keys cover everything that makes a step's bytes: its code, the formats, the compiler, the packages.
@Suite("code fingerprints")
struct CodeFingerprintTests {
    @Test func compilerAndPackagesAreGroups() throws {
        let groups = CodeFingerprints.allGroups
        for group in ["toolchain", "package/swift-numerics", "package/Yams", "Physics", "DataFormats", "Plot", "Figures/Steps"] {
            #expect(groups[group]?.count == 64, "missing group \(group)")
        }
        // The text behind the compiler group is what `swiftc --version` printed when this was built.
        #expect(try #require(CodeFingerprints.texts["toolchain"]).contains("Swift version"))
    }

    @Test func physicsAndRenderingNameTheirGroups() {
        let shared = ["DataFormats", "CommonVocabulary", "Figures"] + CodeFingerprints.toolchainAndPackages
        #expect(CodeFingerprints.physicsSteps == CodeFingerprints.combined(["Physics", "Figures/Steps"] + shared))
        #expect(CodeFingerprints.rendering == CodeFingerprints.combined(["Plot", "Physics", "Figures/Rendering"] + shared))
        #expect(CodeFingerprints.toolchainAndPackages.count >= 3)
        #expect(CodeFingerprints.physicsSteps != CodeFingerprints.rendering)
    }
}
