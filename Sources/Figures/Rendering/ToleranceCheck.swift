import BuildEngine
import DataFormats

/// The load-time check of `tolerances:`: values are decoded (finite, non-negative `rtol`/`atol`, known
/// keys), and every figure and series it names must exist, so that a typo is an error at its
/// `figures.yaml:LINE:COL` rather than a tolerance `figures diff` silently never applies.
enum ToleranceCheck {
    /// The first problem in `project`'s `tolerances:`, or nil.
    @Sendable static func check(_ project: Project) -> ConfigError? {
        guard let section = project.sections["tolerances"] else { return nil }
        let tolerances: DiffTolerances
        do {
            tolerances = try ConfigDecoder().decode(DiffTolerances.self, from: section, path: ["tolerances"])
        } catch {
            return error
        }
        let figureNodes = Dictionary(
            uniqueKeysWithValues: project.nodes.values.filter { $0.step.kindName == FigureStep.name }.map { ($0.name, $0) })
        for figureName in tolerances.figures.keys.sorted() {
            let path = ["tolerances", "figures", figureName]
            let figuresNode = section["figures"]
            let keyLocation = figuresNode?.mappingEntries?.first(where: { $0.key == figureName })?.keyLocation ?? section.location
            guard let node = figureNodes[figureName] else {
                return ConfigError(
                    keyLocation, path: path,
                    "expected the name of a figure, found '\(figureName)', which is not declared under figures:"
                        + closest(figureName, Set(figureNodes.keys)))
            }
            guard let spec = try? ConfigDecoder().decode(FigureSpecification.self, from: node.parameters, path: [node.section, node.name])
            else { continue }  // the figure's own decoding reports its errors
            let known = seriesNames(of: spec)
            let seriesNode = figuresNode?[figureName]?["series"]
            for seriesName in tolerances.figures[figureName]!.series.keys.sorted() where !known.contains(seriesName) {
                let location =
                    seriesNode?.mappingEntries?.first(where: { $0.key == seriesName })?.keyLocation ?? keyLocation
                return ConfigError(
                    location, path: path + ["series", seriesName],
                    "expected the name of a series of figure '\(figureName)', found '\(seriesName)'"
                        + closest(seriesName, known) + "; its series: \(known.sorted().joined(separator: ", "))")
            }
        }
        return nil
    }

    /// The series names a figure writes into its figure data (a band writes its two edges).
    static func seriesNames(of spec: FigureSpecification) -> Set<String> {
        var names = Set(spec.series.map(\.name))
        for band in spec.bands { names.formUnion([band.name + "-lower", band.name + "-upper"]) }
        names.formUnion(spec.regions.map(\.name))
        return names
    }

    /// "; did you mean 'x'?" for the closest of `known` (by common prefix length, then name), if any is close.
    static func closest(_ name: String, _ known: Set<String>) -> String {
        let scored = known.map { candidate in (candidate.commonPrefix(with: name).count, candidate) }
        guard let best = scored.max(by: { ($0.0, $1.1) < ($1.0, $0.1) }), best.0 >= max(3, name.count / 2) else { return "" }
        return "; did you mean '\(best.1)'?"
    }
}
