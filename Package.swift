// swift-tools-version: 6.1
import PackageDescription

// Module layout (see docs/ARCHITECTURE.md):
//   FiguresCLI (product `figures`) → Figures → {Pipeline, Physics, Plot → CCairo}
// Physics has no I/O; Pipeline has no physics; Plot knows nothing of Z′ bosons.
let package = Package(
    name: "ZPrimePaper",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "figures", targets: ["FiguresCLI"]),
        .executable(name: "figures-bench", targets: ["Bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-numerics", from: "1.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCairo",
            pkgConfig: "cairo pangocairo",
            providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]
        ),
        .target(
            name: "Physics",
            dependencies: [.product(name: "Numerics", package: "swift-numerics")]
        ),
        .target(
            name: "Pipeline",
            dependencies: [
                "Digest",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // SHA-256 for content addressing and code fingerprints (FIPS 180-4), in-house so the
        // build does not compile a cryptography library twice (target and plugin host).
        .target(name: "Digest"),
        .target(name: "Plot", dependencies: ["CCairo"]),
        .target(
            name: "Figures",
            dependencies: ["Physics", "Pipeline", "Plot"],
            plugins: ["CodeFingerprintPlugin"]
        ),
        .executableTarget(
            name: "FiguresCLI",
            dependencies: [
                "Figures", "Pipeline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
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
        .executableTarget(name: "Bench", dependencies: ["Figures", "Physics", "Pipeline", "Plot"]),
        .testTarget(name: "PhysicsTests", dependencies: ["Physics"]),
        .testTarget(name: "DigestTests", dependencies: ["Digest"]),
        .testTarget(name: "PipelineTests", dependencies: ["Pipeline"]),
        .testTarget(name: "PlotTests", dependencies: ["Plot"], resources: [.copy("Golden")]),
        .testTarget(name: "FiguresTests", dependencies: ["Figures", "Physics", "Pipeline", "Plot"]),
        .testTarget(name: "EndToEndTests", dependencies: ["FiguresCLI"]),
    ],
    swiftLanguageModes: [.v6]
)
