import BuildEngine

/// One of the papers whose figures the project regenerates, named in figures.yaml by `paper: ID`.
///
/// `figures build --paper ID` builds one paper's figures, `figures list` shows each figure's paper,
/// and the figure data (out/data) names the paper and figure number in a `# note: paper …` line.
public struct SourcePaper: Sendable, Equatable {
    /// The identifier written in figures.yaml (`na64e-2024`).
    public var id: String
    /// Who wrote it and what it is, in a few words.
    public var title: String
    /// Its arXiv identifier.
    public var arXiv: String

    /// The papers, in the order `figures list` and the documentation give them.
    public static let all: [SourcePaper] = [
        SourcePaper(id: "na64e-2024", title: "NA64-e 2024 letter (9.1e11 EOT)", arXiv: "2404.06982"),
        SourcePaper(id: "na64e-2022", title: "NA64-e 2022 paper (2.84e11 EOT)", arXiv: "2206.03101"),
        SourcePaper(id: "na64mu-2024", title: "NA64-mu 2024 letter (1.98e10 MOT)", arXiv: "2401.01708"),
        SourcePaper(id: "na64mu-prospects", title: "NA64-mu prospects paper", arXiv: "2110.15111"),
        SourcePaper(id: "supplementary", title: "figures of this project that no paper has", arXiv: "")
    ]

    /// The paper with this identifier, if any.
    public static func named(_ id: String) -> SourcePaper? { all.first { $0.id == id } }

    /// Why `id` names no paper (the known identifiers and the closest one), or nil when it names one.
    public static func problem(with id: String) -> String? {
        guard named(id) == nil else { return nil }
        let hint = closestName(to: id, among: all.map(\.id)).map { "; did you mean '\($0)'?" } ?? ""
        return "unknown paper '\(id)'\(hint); known papers: \(all.map(\.id).joined(separator: ", "))"
    }

    /// How the figure data and `figures list` name a figure of this paper: `na64e-2024 Fig. 4 (arXiv:2404.06982)`.
    public func reference(figure: String?) -> String {
        [id, figure, arXiv.isEmpty ? nil : "(arXiv:\(arXiv))"].compactMap { $0 }.joined(separator: " ")
    }
}
