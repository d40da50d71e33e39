import BuildEngine
import Figures

/// The `paper:` and `figure:` keys of the figures in figures.yaml, for `figures build --paper` and `figures list`.
enum PaperSelection {
    /// The paper identifier a node's figure entry names, if any.
    static func paper(of node: BuildNode) -> String? {
        guard case .scalar(let text, _) = node.parameters["paper"]?.value else { return nil }
        return text
    }

    /// `na64e-2024 Fig. 4 (arXiv:2404.06982)` for a figure that names its paper, nil otherwise.
    static func reference(of node: BuildNode) -> String? {
        guard let id = paper(of: node), let paper = SourcePaper.named(id) else { return nil }
        var figure: String? = nil
        if case .scalar(let text, _) = node.parameters["figure"]?.value { figure = text }
        return paper.reference(figure: figure)
    }

    /// The figures of paper `id`, in build order; a message (unknown paper with "did you mean", or a paper
    /// no figure names) when there are none.
    static func figures(of id: String, in project: Project) -> Result<[String], PaperSelectionError> {
        if let problem = SourcePaper.problem(with: id) { return .failure(PaperSelectionError(message: "--paper: " + problem)) }
        let names = project.order.filter { name in project.nodes[name].map { paper(of: $0) == id } ?? false }
        guard !names.isEmpty else {
            return .failure(
                PaperSelectionError(message: "--paper \(id): no figure in \(project.configFile) names this paper (paper: \(id))"))
        }
        return .success(names)
    }
}

/// Why `--paper` selects nothing.
struct PaperSelectionError: Error {
    var message: String
}
