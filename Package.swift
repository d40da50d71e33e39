// swift-tools-version: 6.1
import PackageDescription

// Module layout (docs/ARCHITECTURE.md):
//   FiguresLauncher (product `figures`) → NoOpCheck; otherwise it runs the engine:
//   FiguresCLI → Figures → {BuildEngine → NoOpCheck, DataFormats, Physics, Plot → CCairo}
// CommonVocabulary: source locations, the user-error shape and its rendering, format markers.
// BuildEngine: config loading, the build graph, action keys, the cache, the scheduler; it knows
//   no figures, data formats or physics.
// DataFormats: the bytes steps and figures exchange (tables, figure data, external-limit datasets,
//   the diff of figure data); no physics, no drawing.
// Physics: formulas and numerics, no I/O. Plot: Cairo/Pango drawing; knows nothing of Z′ bosons.
// Figures: the step kinds and figure rendering that bind them together.
// Debug builds optimise the modules that compute (physics, rendering, tables, hashing) so that
// `swift run figures all` and the tests run within 2× of release (docs/PERFORMANCE.md); whole-module
// mode lets the optimiser inline across files as in release. Debug info and @testable stay.
let optimizedInDebug: [SwiftSetting] = [
    .unsafeFlags(["-O", "-wmo", "-disable-batch-mode", "-num-threads", "2"], .when(configuration: .debug))
]

// Physics on x86-64 is compiled for Sandy Bridge (AVX, 2011; no FMA, so no fused operations can appear): 256-bit
// packed divisions and square roots do four lanes in the time SSE2 does two (the thermal averages,
// docs/PERFORMANCE.md); every operation is the same IEEE operation, so the results are the same to the bit.
// `figures` checks the processor at start-up and says so if it lacks AVX; ZPRIMEPAPER_NO_AVX=1 in the build's
// environment compiles Physics for baseline x86-64 instead (the same numbers, the relic steps slower).
#if arch(x86_64)
    let physicsNeedsAVX = Context.environment["ZPRIMEPAPER_NO_AVX"] != "1"
#else
    let physicsNeedsAVX = false
#endif
let physicsTargetCPU = physicsNeedsAVX ? ["-target-cpu", "sandybridge"] : []
let processorCheck: [SwiftSetting] = physicsNeedsAVX ? [.define("PHYSICS_NEEDS_AVX")] : []

let package = Package(
    name: "ZPrimePaper",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "figures", targets: ["FiguresLauncher"]),
        .executable(name: "figures-engine", targets: ["FiguresCLI"]),
        .executable(name: "figures-bench", targets: ["Bench"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-numerics", from: "1.0.0")
    ],
    targets: [
        .systemLibrary(
            name: "CCairo",
            pkgConfig: "cairo pangocairo",
            providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]
        ),
        // zlib, for the PNG previews' deflate stream (Plot).
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // CPUID and XGETBV (header-only), for the start-up check that the processor has AVX (FiguresCLI).
        .systemLibrary(name: "CProcessorFeatures"),
        // OpenSSL 3's libcrypto, for SHA-256 (Digest).
        .systemLibrary(
            name: "COpenSSL",
            pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]
        ),
        .target(
            name: "Physics",
            dependencies: [.product(name: "Numerics", package: "swift-numerics")],
            // sqrt without errno, so that its IEEE square roots run packed (SIMD lanes) instead of through a libm
            // call (the thermal averages, docs/PERFORMANCE.md); the same correctly rounded results.
            swiftSettings: optimizedInDebug + [.unsafeFlags(["-Xcc", "-fno-math-errno"] + physicsTargetCPU)]
        ),
        // The shapes every layer shares: source locations, the user-error shape and its one
        // rendering function, the on-disk format marker. Depends on nothing.
        .target(name: "CommonVocabulary"),
        // The no-op summary, file stamps and the out/ checks, with the C library only (no Foundation), so
        // that the launcher can answer a no-op without loading the engine's libraries.
        .target(name: "NoOpCheck", dependencies: ["CommonVocabulary"], swiftSettings: optimizedInDebug),
        .target(
            name: "BuildEngine",
            dependencies: [
                "CommonVocabulary",
                "NoOpCheck",
                "Digest",
                .product(name: "Yams", package: "Yams")
            ],
            swiftSettings: optimizedInDebug
        ),
        .target(
            name: "DataFormats",
            dependencies: ["CommonVocabulary", .product(name: "Yams", package: "Yams")],
            swiftSettings: optimizedInDebug
        ),
        // SHA-256 for content addressing and code fingerprints (FIPS 180-4), from the system's
        // libcrypto, so no cryptography package is compiled (twice: target and plugin host).
        .target(name: "Digest", dependencies: ["COpenSSL"], swiftSettings: optimizedInDebug),
        .target(name: "Plot", dependencies: ["CommonVocabulary", "CCairo", "CZlib"], swiftSettings: optimizedInDebug),
        .target(
            name: "Figures",
            dependencies: ["Physics", "BuildEngine", "DataFormats", "Plot"],
            swiftSettings: optimizedInDebug,
            plugins: ["CodeFingerprintPlugin"]
        ),
        // The HTML report (out/report/): pages from a plain model, no I/O; the CLI gathers the model.
        .target(name: "Report"),
        .executableTarget(
            name: "FiguresCLI",
            dependencies: [
                "Figures", "BuildEngine", "DataFormats", "Report", "CProcessorFeatures",
                .product(name: "ArgumentParser", package: "swift-argument-parser")
            ],
            swiftSettings: processorCheck
        ),
        // `figures`: answers a no-op `figures all` from the no-op summary with the standard library only, and
        // otherwise runs the engine (`figures-engine`), which its plugin makes the build link beside it.
        // A static executable: no dynamic loader, no shared object to map or relocate (docs/PERFORMANCE.md).
        // Linked with the toolchain's lld: gold would warn on every link that the static runtime references
        // dlopen (a glibc link-time note about static binaries; the launcher never loads a library).
        .executableTarget(
            name: "FiguresLauncher",
            dependencies: ["NoOpCheck"],
            swiftSettings: optimizedInDebug,
            linkerSettings: [.unsafeFlags(["-static-executable", "-use-ld=lld"], .when(platforms: [.linux]))],
            plugins: ["EngineLocationPlugin"]
        ),
        .plugin(
            name: "EngineLocationPlugin",
            capability: .buildTool(),
            dependencies: ["FingerprintTool"]
        ),
        .executableTarget(
            name: "FingerprintTool",
            dependencies: ["Digest"]
        ),
        .plugin(
            name: "CodeFingerprintPlugin",
            capability: .buildTool(),
            dependencies: ["FingerprintTool"]
        ),
        .executableTarget(name: "Bench", dependencies: ["Figures", "Physics", "BuildEngine", "DataFormats", "Plot", "Digest"]),
        // Helpers shared by the test targets: repository paths, fixtures, temporary directories, running
        // the built `figures` binary. Foundation only; no module of the project.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        // Fixtures: a stored run of the former shower transport (ShowerTransportReferenceTests).
        .testTarget(name: "PhysicsTests", dependencies: ["Physics"], resources: [.copy("Fixtures")]),
        .testTarget(name: "DigestTests", dependencies: ["Digest"]),
        .testTarget(name: "CommonVocabularyTests", dependencies: ["CommonVocabulary"]),
        .testTarget(name: "NoOpCheckTests", dependencies: ["NoOpCheck"]),
        .testTarget(name: "BuildEngineTests", dependencies: ["BuildEngine", "TestSupport"]),
        .testTarget(
            name: "DataFormatsTests", dependencies: ["DataFormats", "Digest", "TestSupport"],
            exclude: ["Fixtures"]),  // read by path (the DarkCast sources of external-limits/)
        .testTarget(name: "PlotTests", dependencies: ["Plot", "CCairo", "CZlib", "TestSupport"], resources: [.copy("Golden")]),
        .testTarget(
            name: "FiguresTests",
            dependencies: ["Figures", "Physics", "BuildEngine", "DataFormats", "Plot", "TestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["FiguresCLI", "CommonVocabulary", "CProcessorFeatures", "TestSupport"]),
        // The HTML report: its pages as text, and in headless Chromium (DOM, screenshots against goldens,
        // script errors); Chromium is only needed here (skipped with a notice without it, never in CI).
        .testTarget(
            name: "ReportTests", dependencies: ["Report", "FiguresCLI", "CZlib", "TestSupport"], resources: [.copy("Golden")]),
        // The hostile-input corpus (docs/ERRORS.md): the real binary on perturbed copies of a small project,
        // each case's stderr compared with its golden file (read and written by path, not bundled).
        .testTarget(name: "InputCorpusTests", dependencies: ["FiguresCLI", "TestSupport"], exclude: ["Golden", "Project"]),
        // The remote cache and the Slurm executor against real servers (nginx WebDAV, a one-node
        // Slurm cluster) started by scripts/cache-server-up and scripts/slurm-up (docs/SCALE-OUT.md).
        .testTarget(name: "ScaleOutTests", dependencies: ["FiguresCLI"])
    ],
    swiftLanguageModes: [.v6]
)
