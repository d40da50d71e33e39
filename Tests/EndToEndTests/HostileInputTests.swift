import Foundation
import Testing
import TestSupport

/// Hostile inputs refused or survived by the real `figures` binary: symbolic links that leave the project,
/// datasets outside it or not files, a step over its time limit, a rotted cache object, `cache gc` with a
/// missing dataset, and small validations. Each refusal is checked against its exact message.
@Suite("Hostile inputs (end to end)", .serialized)
struct HostileInputTests {
    /// A temporary project whose figures.yaml is the repository's with `edit` applied.
    static func project(_ edit: (String) -> String = { $0 }) throws -> URL {
        try FiguresProject.makeProject(configuration: edit(try Repository.text("figures.yaml")), prefix: "zprime-hostile")
    }

    /// Runs the binary in `project` and waits for it.
    static func figures(_ arguments: [String], in project: URL) throws -> ProcessOutput {
        try FiguresProject.run(arguments, in: project)
    }

    /// `text` with `old` replaced by `new`; records an issue if `old` is not there.
    static func replacing(_ old: String, with new: String, in text: String) -> String {
        #expect(text.contains(old), "figures.yaml contains '\(old)'")
        return text.replacingOccurrences(of: old, with: new)
    }

    /// The path with symbolic links resolved (macOS /tmp, or a linked TMPDIR).
    static func resolved(_ url: URL) -> String { url.resolvingSymlinksInPath().path }

    /// The line and column (1-based) where `needle` starts in figures.yaml of `project`, `offset` columns on.
    static func location(of needle: String, offset: Int = 0, in project: URL) throws -> String {
        let text = try String(contentsOf: project.appendingPathComponent("figures.yaml"), encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        let index = try #require(lines.firstIndex { $0.contains(needle) })
        let column = lines[index].distance(from: lines[index].startIndex, to: lines[index].range(of: needle)!.lowerBound) + 1
        return "figures.yaml:\(index + 1):\(column + offset)"
    }

    // MARK: Paths that cannot escape

    @Test func aSymlinkedOutDirectoryLeavingTheProjectIsRefusedBeforeAnyStep() throws {
        let project = try Self.project()
        let outside = try TemporaryDirectory.make(prefix: "zprime-hostile-outside")
        defer { TemporaryDirectory.remove(project); TemporaryDirectory.remove(outside) }
        try FileManager.default.createSymbolicLink(at: project.appendingPathComponent("out"), withDestinationURL: outside)

        let result = try Self.figures(["build", "loop-function"], in: project)
        #expect(result.status == 2)
        #expect(
            result.stderr
                == "error: out resolves to \(Self.resolved(outside)), outside the project (\(Self.resolved(project))); "
                + "outputs are written only inside the project\n")
        #expect(result.ran.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty, "nothing written through the link")
    }

    @Test func aSymlinkedDataDirectoryLeavingTheProjectIsRefused() throws {
        let project = try Self.project()
        let outside = try TemporaryDirectory.make(prefix: "zprime-hostile-outside")
        defer { TemporaryDirectory.remove(project); TemporaryDirectory.remove(outside) }
        let out = project.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: out.appendingPathComponent("data"), withDestinationURL: outside)

        let result = try Self.figures(["build", "pi-q2"], in: project)
        #expect(result.status == 2)
        #expect(
            result.stderr
                == "error: out/data resolves to \(Self.resolved(outside)), outside the project (\(Self.resolved(project))); "
                + "outputs are written only inside the project\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty, "nothing written through the link")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent(".cache/actions").path), "no step ran")
    }

    @Test func aDeepPublishedDirectoryLinkedOutsideTheProjectIsNotWrittenThrough() throws {
        let project = try Self.project {
            Self.replacing(
                "  loop-function:\n    kind: loop-function\n",
                with: "  loop-function:\n    kind: loop-function\n    publish: t/u/v/w/x\n", in: $0)
        }
        let outside = try TemporaryDirectory.make(prefix: "zprime-hostile-outside")
        defer { TemporaryDirectory.remove(project); TemporaryDirectory.remove(outside) }
        // Deeper than the up-front check looks (three levels below out/): refused when publishing.
        let parent = project.appendingPathComponent("out/t/u/v")
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: parent.appendingPathComponent("w"), withDestinationURL: outside)

        let result = try Self.figures(["build", "loop-function"], in: project)
        #expect(result.status == 1)
        #expect((result.stdout + result.stderr).contains("refusing to publish: "), "\(result.stdout)\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty, "nothing written through the link")
    }

    @Test func aDatasetPathOutsideTheProjectIsAConfigurationError() throws {
        let project = try Self.project {
            Self.replacing("babar-2016: external-limits/babar-2016.csv", with: "babar-2016: ../babar-2016.csv", in: $0)
        }
        defer { TemporaryDirectory.remove(project) }
        let at = try Self.location(of: "../babar-2016.csv", in: project)
        let result = try Self.figures(["list"], in: project)
        #expect(result.status == 2)
        #expect(
            result.stderr
                == "error: \(at): datasets.babar-2016: expected a file inside the project, found '../babar-2016.csv', "
                + "which is outside it (use --dataset babar-2016=PATH for a file elsewhere)\n")
    }

    @Test func aDatasetSymlinkLeavingTheProjectIsAConfigurationError() throws {
        let project = try Self.project()
        let outside = try TemporaryDirectory.make(prefix: "zprime-hostile-outside")
        defer { TemporaryDirectory.remove(project); TemporaryDirectory.remove(outside) }
        let dataset = project.appendingPathComponent("external-limits/babar-2016.csv")
        let target = outside.appendingPathComponent("babar-2016.csv")
        try FileManager.default.moveItem(at: dataset, to: target)
        try FileManager.default.createSymbolicLink(at: dataset, withDestinationURL: target)

        let at = try Self.location(of: "external-limits/babar-2016.csv", in: project)
        let result = try Self.figures(["list"], in: project)
        #expect(result.status == 2)
        #expect(
            result.stderr
                == "error: \(at): datasets.babar-2016: expected a file inside the project, found 'external-limits/babar-2016.csv', "
                + "which resolves to \(Self.resolved(target)) (use --dataset babar-2016=PATH for a file elsewhere)\n")

        // The same file named on the command line is accepted: --dataset may point anywhere.
        let swapped = try Self.figures(["list", "--dataset", "babar-2016=\(target.path)"], in: project)
        #expect(swapped.status == 0, "\(swapped.stderr)")
    }

    @Test func aDatasetThatIsADirectoryGetsACleanMessage() throws {
        let project = try Self.project {
            Self.replacing("babar-2016: external-limits/babar-2016.csv", with: "babar-2016: external-limits", in: $0)
        }
        defer { TemporaryDirectory.remove(project) }
        let valueAt = try Self.location(of: "babar-2016: external-limits", offset: "babar-2016: ".count, in: project)
        let result = try Self.figures(["list"], in: project)
        #expect(result.status == 2)
        #expect(
            result.stderr
                == "error: \(valueAt): datasets.babar-2016: expected a dataset file, found 'external-limits', which is a directory\n")
        #expect(!result.stderr.contains("NSCocoaErrorDomain"))

        let swapped = try Self.figures(["list", "--dataset", "babar-2016=\(project.path)"], in: project)
        #expect(swapped.status == 2)
        #expect(
            swapped.stderr
                == "error: --dataset babar-2016: expected a dataset file, found '\(project.path)', which is a directory\n")
    }

    // MARK: Time limit

    @Test func aStepOverItsTimeLimitFailsCleanlyAndRunsAgainNextTime() throws {
        let project = try Self.project {
            Self.replacing(
                "  track-lengths-e-minus:\n    kind: track-lengths\n",
                with: "  track-lengths-e-minus:\n    kind: track-lengths\n    timeout_s: 0.2\n", in: $0)
        }
        defer { TemporaryDirectory.remove(project) }
        for _ in 0..<2 {
            let result = try Self.figures(["build", "track-lengths-e-minus"], in: project)
            #expect(result.status == 1)
            #expect(result.ran == ["track-lengths-e-minus"], "it has no cache entry, so it runs (again)")
            #expect((result.stdout + result.stderr).contains("step track-lengths-e-minus exceeded its time limit of 0.2 s (timeout_s)"))
        }
        let actions = project.appendingPathComponent("out/.cache/actions").path
        #expect((try? FileManager.default.contentsOfDirectory(atPath: actions))?.isEmpty ?? true, "nothing half-written")
    }

    @Test func aTimeLimitThatIsNotAPositiveNumberIsRefused() throws {
        let project = try Self.project {
            Self.replacing(
                "  track-lengths-e-minus:\n    kind: track-lengths\n",
                with: "  track-lengths-e-minus:\n    kind: track-lengths\n    timeout_s: -1\n", in: $0)
        }
        defer { TemporaryDirectory.remove(project) }
        let valueAt = try Self.location(of: "timeout_s: -1", offset: "timeout_s: ".count, in: project)
        let result = try Self.figures(["list"], in: project)
        #expect(result.status == 2)
        #expect(
            result.stderr
                == "error: \(valueAt): steps.track-lengths-e-minus.timeout_s: "
                + "expected a number of seconds greater than 0 and at most 604800, found '-1'\n")
    }

    // MARK: Self-healing cache

    @Test func aRottedInputObjectIsRebuiltWithinTheSameBuild() throws {
        let project = try Self.project()
        defer { TemporaryDirectory.remove(project) }
        let first = try Self.figures(["build", "pi-q2"], in: project)
        try #require(first.status == 0, "\(first.stdout)\(first.stderr)")
        let cache = project.appendingPathComponent("out/.cache")

        // The figure's record names its input object and its own key.
        let record = try JSONSerialization.jsonObject(with: Data(contentsOf: cache.appendingPathComponent("steps/pi-q2.json")))
        let fields = try #require(record as? [String: Any])
        // Hashes are encoded as {"hex": "…"}.
        let key = try #require((fields["key"] as? [String: String])?["hex"])
        let inputs = try #require(fields["inputs"] as? [String: [String: String]])
        let objectHash = try #require(inputs.values.first?["hex"])
        let object = cache.appendingPathComponent("objects/\(objectHash)")

        // Rot the object in place (same size), and forge its stamp so the cache check believes it intact.
        let bytes = try HostileInputHealingTests.rotUnderAValidStamp(object, hash: objectHash, cache: cache)
        // The figure must run (and read the rotted object): drop its entry.
        try FileManager.default.removeItem(at: cache.appendingPathComponent("actions/\(key)"))

        let second = try Self.figures(["build", "pi-q2"], in: project)
        #expect(second.status == 0, "\(second.stdout)\(second.stderr)")
        #expect(second.stderr.contains("when pi-q2 read it; running loop-function again"), "\(second.stderr)")
        #expect(try Data(contentsOf: object) != bytes, "the object was rewritten")
        let baseline = try Data(contentsOf: Repository.url("out/data/pi-q2.csv"))
        #expect(try Data(contentsOf: project.appendingPathComponent("out/data/pi-q2.csv")) == baseline)
    }

    // MARK: cache gc

    @Test func cacheGarbageCollectionRefusesWhenADeclaredDatasetIsMissing() throws {
        let project = try Self.project {
            Self.replacing("datasets:\n", with: "datasets:\n  spare: external-limits/spare.csv\n", in: $0)
        }
        defer { TemporaryDirectory.remove(project) }
        let at = try Self.location(of: "external-limits/spare.csv", in: project)
        let result = try Self.figures(["cache", "gc"], in: project)
        #expect(result.status == 2)
        #expect(
            result.stderr
                == "error: \(at): datasets.spare: expected an existing file, found 'external-limits/spare.csv' missing; "
                + "cache gc would drop the cache entries of the steps that read it "
                + "(restore the file, or remove the dataset from figures.yaml)\n")
    }

    // MARK: Small validations

    @Test func anEmptySetValueIsRefused() throws {
        let project = try Self.project()
        defer { TemporaryDirectory.remove(project) }
        let result = try Self.figures(["list", "--set", "loop-function.points_per_decade="], in: project)
        #expect(result.status == 2)
        #expect(
            result.stderr
                == "error: --set loop-function.points_per_decade: steps.loop-function.params.points_per_decade: "
                + "expected a value after '=', found an empty value\n")
    }

    @Test(arguments: [
        (
            "yields: {atol: 1.0e-6}", "yields: {atol: -1}", "-1}", "tolerances.figures.yields.atol",
            "expected a finite, non-negative atol, found -1.0"
        ),
        (
            "yields: {atol: 1.0e-6}", "yeilds: {atol: 1.0e-6}", "yeilds", "tolerances.figures.yeilds",
            "expected the name of a figure, found 'yeilds', which is not declared under figures:"
        ),
        (
            "yields: {atol: 1.0e-6}", "yields: {series: {radiatve: {atol: 1}}}", "radiatve", "tolerances.figures.yields.series.radiatve",
            "expected the name of a series of figure 'yields', found 'radiatve'; did you mean 'radiative'?; its series: radiative, resonant"
        ),
        ("  font-size: 9", "  font-size: -9", "-9", "figures.pi-q2.style.font-size", "expected a finite number greater than 0, found -9.0")
    ])
    func invalidTolerancesAndStylesAreLocated(old: String, new: String, at needle: String, keyPath: String, problem: String) throws {
        let project = try Self.project { Self.replacing(old, with: new, in: $0) }
        defer { TemporaryDirectory.remove(project) }
        let at = try Self.location(of: needle, in: project)
        let result = try Self.figures(["list"], in: project)
        #expect(result.status == 2)
        #expect(result.stderr == "error: \(at): \(keyPath): \(problem)\n")
    }
}
