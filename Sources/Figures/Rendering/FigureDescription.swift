import BuildEngine
import Plot

/// A figure entry of figures.yaml as the HTML report and the diff overlays read it: what it is
/// (caption, paper, figure number) and how it is drawn (the same description the `figure` kind renders).
public struct FigureDescription: Sendable {
    let specification: FigureSpecification

    /// The figure's name (its key under `figures:`).
    public var name: String { specification.name }
    /// What the figure shows, in the project's own words; nil when figures.yaml gives none.
    public var caption: String? { specification.caption }
    /// The paper's id (`na64e-2024`), if given.
    public var paper: String? { specification.paper }
    /// The figure's number in its paper (`Fig. 2`), if given.
    public var figureNumber: String? { specification.figureNumber }
    /// The axis titles in math markup.
    public var axisLabels: (x: String, y: String) { (specification.x.label, specification.y.label) }

    /// The description of a figure node; nil for a node of another kind. Throws the configuration
    /// error of an entry that does not decode (the build reports it first).
    public init?(node: BuildNode) throws {
        guard node.step.kindName == FigureStep.name else { return nil }
        specification = try ConfigDecoder().decode(FigureSpecification.self, from: node.parameters, path: [node.section, node.name])
    }

    init(specification: FigureSpecification) {
        self.specification = specification
    }
}
