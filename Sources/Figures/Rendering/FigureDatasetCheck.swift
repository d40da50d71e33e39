import BuildEngine
import DataFormats
import Foundation

/// The load-time check that every dataset a figure reads holds what the figure draws.
///
/// Registered with `ProjectKinds.registry` as a project check, so `Project.load` runs it after parsing
/// and before any step: a dataset swap (`--dataset`) that would silently draw g′/e on a g′ axis, an
/// ε limit that still needs a recast, or band edges as an exclusion region is a configuration error
/// (exit 2) naming the figure entry (`figures.yaml:LINE:COL`) and the dataset's header line.
///
/// What an entry accepts: its `accepts:` keys, else defaults. The coupling is the one the y-axis
/// label shows (`g_{Z'}` → g′); the models are every L_μ−L_τ model (the dark photon on an ε axis);
/// the curve types follow the entry (series: upper-limit curve or projection; region: upper-limit
/// curve; band: band edges). A `transform:` changes what the dataset's couplings become. The mass
/// axis unit (`data.x-unit`) must match the entry's `x-factor` (dataset masses are in GeV).
enum FigureDatasetCheck {
    /// The first mismatch in `project`, or nil.
    @Sendable static func check(_ project: Project) -> ConfigError? {
        var cache: [String: Result<ExternalLimitDataset, DatasetError>] = [:]
        for name in project.order {
            guard let node = project.nodes[name], node.step.kindName == FigureStep.name else { continue }
            let path = [node.section, name]
            let spec: FigureSpecification
            do {
                spec = try ConfigDecoder().decode(FigureSpecification.self, from: node.parameters, path: path)
            } catch {
                return error
            }
            for entry in entries(of: spec) {
                guard entry.from.hasPrefix("external:") else { continue }
                let datasetName = String(entry.from.dropFirst("external:".count))
                guard let declaration = project.datasets[datasetName] else { continue }  // checked by the engine
                let entryPath = path + [entry.list, "[\(entry.index)]", "from"]
                let location = node.parameters[entry.list]?.item(entry.index)?["from"]?.location ?? node.location
                let loaded = cache[declaration.path] ?? load(declaration, rootDirectory: project.rootDirectory)
                cache[declaration.path] = loaded
                switch loaded {
                case .failure(let error):
                    return ConfigError(
                        location, path: entryPath,
                        "dataset '\(datasetName)' (\(declaration.location)) cannot be read: \(error.description)")
                case .success(let dataset):
                    if let problem = mismatch(entry, dataset: dataset, spec: spec) {
                        return ConfigError(location, path: entryPath, "dataset '\(datasetName)' = \(declaration.path): \(problem)")
                    }
                }
            }
        }
        return checkUnread(project, read: Set(cache.keys))
    }

    /// Every other declared dataset whose file exists is read and validated too (format, units, meaning), so
    /// that a bad file is an error at load whichever step or figure reads it, or none.
    static func checkUnread(_ project: Project, read: Set<String>) -> ConfigError? {
        for name in project.datasets.keys.sorted() {
            let declaration = project.datasets[name]!
            let path = declaration.path.hasPrefix("/") ? declaration.path : project.rootDirectory + "/" + declaration.path
            guard !read.contains(declaration.path), FileManager.default.fileExists(atPath: path) else { continue }
            do {
                let text = try DatasetFileLoader.readText(path: path, shown: declaration.path)
                let kind = try DatasetTextFile.parse(text: text, file: declaration.path).headerEntries.first { $0.key == "kind" }?.value
                if kind == DatasetKind.table.rawValue {
                    _ = try DatasetColumnTableParser.parse(text: text, file: declaration.path)
                } else {
                    _ = try ExternalLimitDatasetParser.parse(text: text, file: declaration.path)
                }
            } catch {
                return ConfigError(
                    declaration.location, path: declaration.overridden ? [] : ["datasets", name],
                    "dataset '\(name)' cannot be read: \(error.description)")
            }
        }
        return nil
    }

    /// One entry of a figure that reads a source.
    struct Entry {
        var list: String
        var index: Int
        var from: String
        var xFactor: Double
        var transform: CouplingTransform?
        var accepts: DatasetAcceptance?
        /// The curve types the entry accepts unless it declares its own.
        var defaultKinds: [DatasetKind]
        /// The entry as users name it ("a region", "a series").
        var word: String
    }

    static func entries(of spec: FigureSpecification) -> [Entry] {
        spec.series.enumerated().map { index, series in
            Entry(
                list: "series", index: index, from: series.from, xFactor: series.xFactor, transform: series.transform,
                accepts: series.accepts, defaultKinds: [.upperLimitCurve, .projection], word: "a series")
        }
            + spec.regions.enumerated().map { index, region in
                Entry(
                    list: "regions", index: index, from: region.from, xFactor: region.xFactor, transform: region.transform,
                    accepts: region.accepts, defaultKinds: [.upperLimitCurve], word: "a region")
            }
            + spec.bands.enumerated().map { index, band in
                Entry(
                    list: "bands", index: index, from: band.from, xFactor: band.xFactor, transform: band.transform,
                    accepts: band.accepts, defaultKinds: [.bandEdges], word: "a band")
            }
    }

    /// What is wrong with drawing `dataset` as `entry`, or nil.
    static func mismatch(_ entry: Entry, dataset: ExternalLimitDataset, spec: FigureSpecification) -> String? {
        func found(_ key: String, _ value: String) -> String { "found \(key) '\(value)' at \(dataset.place(ofHeaderKey: key))" }

        let kinds = entry.accepts?.kindValues ?? entry.defaultKinds
        if !kinds.contains(dataset.kind) {
            return "expected \(entry.word) to draw \(list(kinds.map(\.rawValue))), \(found("kind", dataset.kind.rawValue)); "
                + "choose a dataset of that kind, or declare accepts: {kinds: [...]} if the entry is right for it"
        }
        let axisQuantity = Self.axisQuantity(spec.y.label)
        guard let quantity = entry.accepts?.coupling ?? axisQuantity else {
            let valid = DatasetCoupling.allCases.map(\.rawValue).joined(separator: ", ")
            return "the y-axis label '\(spec.y.label)' does not say which coupling it shows; "
                + "declare it with accepts: {quantity: ...} (one of \(valid))"
        }
        let quantitySource = entry.accepts?.coupling != nil ? "accepts.quantity" : "the y-axis label '\(spec.y.label)'"
        let models =
            entry.accepts?.modelValues
            ?? (quantity == .epsilon ? [.darkPhotonNeedsRecast] : [.lMuLTauVanilla, .lMuLTauDark, .lMuLTauAnyDecay])
        if !models.contains(dataset.model) {
            let hint =
                dataset.model == .darkPhotonNeedsRecast
                ? "an epsilon limit must be recast to L_mu-L_tau before it can be drawn as g' (docs/DATASETS.md)"
                : "choose a dataset of an accepted model, or declare accepts: {models: [...]}"
            return "expected model \(list(models.map(\.rawValue))), \(found("model", dataset.model.rawValue)); \(hint)"
        }
        if let transform = entry.transform, dataset.coupling != transform.input {
            return "transform \(transform.rawValue) expects y \(transform.input.rawValue), \(found("y", dataset.coupling.rawValue))"
        }
        let drawn = entry.transform?.output ?? dataset.coupling
        if drawn != quantity {
            var hint = "use a dataset of \(quantity.rawValue)"
            if let transform = CouplingTransform.allCases.first(where: { $0.input == dataset.coupling && $0.output == quantity }) {
                hint = "convert it explicitly with transform: \(transform.rawValue), or " + hint
            }
            return "expected the coupling \(quantity.rawValue) (from \(quantitySource)), \(found("y", dataset.coupling.rawValue)); \(hint)"
        }
        if let confidenceLevel = entry.accepts?.confidenceLevel, confidenceLevel != dataset.confidenceLevel {
            return "expected confidence level \(confidenceLevel), \(found("confidence-level", dataset.confidenceLevel))"
        }
        if let problem = darkSectorMismatch(entry.accepts, dataset: dataset) { return problem }
        return massUnitMismatch(entry, spec: spec)
    }

    private static func darkSectorMismatch(_ accepts: DatasetAcceptance?, dataset: ExternalLimitDataset) -> String? {
        let required = [
            ("alpha-d", "alpha_D", accepts?.alphaD, dataset.darkSector?.alphaD),
            ("mass-ratio", "mass_ratio", accepts?.massRatio, dataset.darkSector?.massRatio)
        ]
        for (headerKey, key, wanted, declared) in required {
            guard let wanted else { continue }
            guard let declared else {
                return "expected a dataset declaring \(headerKey): \(wanted) (accepts.\(key)), found no '\(headerKey)' key in "
                    + dataset.file
            }
            // The values are compared as written in two text files: equal decimal texts give equal doubles.
            if declared != wanted {
                return "expected \(headerKey) \(wanted) (accepts.\(key)), found \(headerKey) '\(declared)' at "
                    + dataset.place(ofHeaderKey: headerKey)
            }
        }
        return nil
    }

    /// Dataset masses are in GeV; the figure's `data.x-unit` says what the axis holds, and `x-factor` converts.
    private static func massUnitMismatch(_ entry: Entry, spec: FigureSpecification) -> String? {
        guard let unitText = spec.data.xUnit, let unit = DatasetUnit(spelling: unitText), unit.dimension == .energy else {
            return nil
        }
        let needed = 1 / unit.toCanonical(1)
        // 1e-9 relative: the factors are decimal powers of ten; only a different unit differs by more.
        guard abs(entry.xFactor / needed - 1) > 1e-9 else { return nil }
        return "expected x-factor \(needed) (dataset masses are in GeV, data.x-unit is \(unitText)), found x-factor '\(entry.xFactor)'"
    }

    /// The coupling a y-axis label shows, from its math markup (`g_{Z'}`, `g'/e`, `\epsilon`), or nil.
    static func axisQuantity(_ label: String) -> DatasetCoupling? {
        let text = label.filter { !" {}\\".contains($0) }.replacingOccurrences(of: "′", with: "'")
        switch text {
        case "g_Z'", "g'", "g", "g_Z'[1]": return .gPrime
        case "g_Z'/e", "g'/e": return .gPrimeOverE
        case "epsilon", "varepsilon", "ε": return .epsilon
        case "y": return .y
        default: return nil
        }
    }

    private static func list(_ names: [String]) -> String {
        names.count == 1 ? "'\(names[0])'" : "one of " + names.map { "'\($0)'" }.joined(separator: ", ")
    }

    private static func load(_ declaration: DatasetDeclaration, rootDirectory: String) -> Result<ExternalLimitDataset, DatasetError> {
        let path = declaration.path.hasPrefix("/") ? declaration.path : rootDirectory + "/" + declaration.path
        do {
            let text = try DatasetFileLoader.readText(path: path, shown: declaration.path)
            return .success(try ExternalLimitDatasetParser.parseOnce(text: text, file: declaration.path))
        } catch {
            return .failure(error)
        }
    }
}

extension ConfigNode {
    /// The item at `index` of a sequence node, if any.
    func item(_ index: Int) -> ConfigNode? {
        guard case .sequence(let items) = value, index < items.count else { return nil }
        return items[index]
    }
}
