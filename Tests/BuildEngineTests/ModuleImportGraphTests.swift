import Foundation
import Testing
import TestSupport

/// The module boundaries of docs/ARCHITECTURE.md, read from the sources: the engine knows no figures,
/// formats or physics; the formats know no physics or drawing; Physics imports no module of the
/// project; Plot knows nothing of Z′ bosons; the launcher and its no-op check load no Foundation.
/// `scripts/check-layout` runs the same check in CI.
@Suite struct ModuleImportGraphTests {
    /// Every module of the project: the folders of Sources/, and the test-support target.
    static func projectModules() throws -> Set<String> {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Repository.path("Sources"))
        return Set(folders.filter { !$0.hasPrefix(".") }).union(["TestSupport"])
    }

    /// Module → the project modules its sources must not import.
    static func forbiddenImports() throws -> [String: Set<String>] {
        [
            "BuildEngine": ["DataFormats", "Figures", "Physics", "Plot", "CCairo"],
            "DataFormats": ["BuildEngine", "Figures", "Physics", "Plot", "CCairo"],
            "Physics": try projectModules().subtracting(["Physics"]),
            "CommonVocabulary": try projectModules().subtracting(["CommonVocabulary"]),
            "Plot": ["Physics", "Figures", "BuildEngine", "DataFormats"],
            "Report": try projectModules().subtracting(["Report"]),
            // The launcher answers a no-op before any library of the engine is loaded: the C library only.
            "NoOpCheck": try projectModules().subtracting(["NoOpCheck", "CommonVocabulary"]).union(["Foundation", "FoundationEssentials"]),
            "FiguresLauncher": try projectModules().subtracting(["FiguresLauncher", "NoOpCheck"]).union([
                "Foundation", "FoundationEssentials"
            ])
        ]
    }

    /// The modules imported by Swift source text, with their 1-based line numbers. Handles attributes
    /// (`@testable`, `@_exported`, `@preconcurrency`) and scoped imports (`import struct M.T`).
    static func imports(in text: String) -> [(line: Int, module: String)] {
        let declarationKinds: Set<Substring> = ["typealias", "struct", "class", "enum", "protocol", "let", "var", "func"]
        var result: [(line: Int, module: String)] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })[...]
            while let first = words.first, first.hasPrefix("@") { words = words.dropFirst() }
            guard words.first == "import" else { continue }
            words = words.dropFirst()
            if let kind = words.first, declarationKinds.contains(kind) { words = words.dropFirst() }
            guard let path = words.first else { continue }
            result.append((index + 1, String(path.prefix(while: { $0 != "." }))))
        }
        return result
    }

    /// "FILE:LINE: MODULE imports NAME" for each forbidden import in the Swift files under Sources/`module`.
    static func violations(of module: String, forbidden: Set<String>) throws -> (files: Int, problems: [String]) {
        let root = Repository.url("Sources/\(module)")
        let files = try FileManager.default.subpathsOfDirectory(atPath: root.path).filter { $0.hasSuffix(".swift") }.sorted()
        var problems: [String] = []
        for file in files {
            let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
            for (line, imported) in imports(in: text) where forbidden.contains(imported) {
                problems.append("Sources/\(module)/\(file):\(line): \(module) imports \(imported)")
            }
        }
        return (files.count, problems)
    }

    @Test func theSourcesRespectTheImportGraph() throws {
        let rules = try Self.forbiddenImports()
        #expect(rules["Physics"]?.isSuperset(of: ["BuildEngine", "DataFormats", "Figures", "Plot", "Digest"]) == true)
        for (module, forbidden) in rules.sorted(by: { $0.key < $1.key }) {
            let (files, problems) = try Self.violations(of: module, forbidden: forbidden)
            #expect(files > 0, "Sources/\(module) has no Swift file: the rule checks nothing")
            #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        }
    }

    @Test func everyImportFormIsSeen() {
        let text = """
            import Foundation
            @testable import Plot
              import struct DataFormats.Table
            @_exported @preconcurrency import Figures
            // import BuildEngine (a comment)
            let note = "import Physics"
            import PhysicsTools
            """
        let found = Self.imports(in: text)
        #expect(found.map(\.module) == ["Foundation", "Plot", "DataFormats", "Figures", "PhysicsTools"])
        #expect(found.map(\.line) == [1, 2, 3, 4, 7])
    }
}
