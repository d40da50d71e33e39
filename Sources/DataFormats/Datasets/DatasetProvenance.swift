/// Where a dataset comes from and on what terms it may be used: the header keys shared by every dataset kind.
public struct DatasetProvenance: Sendable, Equatable {
    /// Where the numbers come from (`origin` key).
    public var origin: DatasetOrigin
    /// The licence the numbers are distributed under (`licence` key; an SPDX identifier where one exists).
    public var licence: String
    /// What users of the numbers are asked to cite (`citation` key).
    public var citation: String?
    /// The file the numbers were converted from (`source-repository`, `source-path`, `source-commit` keys).
    public var source: DatasetSourceFile?
    /// The tool that wrote this file (`converted-by` key), e.g. `tools/convert-darkcast.py`.
    public var convertedBy: String?
    /// Free-text remarks (`notes` keys, one entry per line, in file order).
    public var notes: [String]

    /// Creates a provenance record.
    public init(
        origin: DatasetOrigin, licence: String, citation: String? = nil, source: DatasetSourceFile? = nil,
        convertedBy: String? = nil, notes: [String] = []
    ) {
        self.origin = origin
        self.licence = licence
        self.citation = citation
        self.source = source
        self.convertedBy = convertedBy
        self.notes = notes
    }
}

/// The upstream file a dataset was converted from.
public struct DatasetSourceFile: Sendable, Equatable {
    /// The repository (e.g. `github.com/micha-a-schmidt/darkcast`).
    public var repository: String?
    /// The path inside the repository.
    public var path: String?
    /// The commit (7 to 40 hexadecimal digits).
    public var commit: String?

    /// Creates a source-file reference.
    public init(repository: String?, path: String?, commit: String?) {
        self.repository = repository
        self.path = path
        self.commit = commit
    }
}

/// The paper a limit dataset belongs to.
public struct DatasetPaper: Sendable, Equatable {
    /// The paper's title (`paper-title` key).
    public var title: String
    /// The arXiv identifier without the `arXiv:` prefix, e.g. `1606.03501` (`paper-arxiv` key).
    public var arXiv: String?
    /// The DOI, e.g. `10.1103/PhysRevD.94.011102` (`paper-doi` key).
    public var doi: String?
    /// The journal reference, e.g. `Phys. Rev. D 94 (2016) 011102` (`paper-reference` key).
    public var reference: String?

    /// Creates a paper reference.
    public init(title: String, arXiv: String?, doi: String?, reference: String?) {
        self.title = title
        self.arXiv = arXiv
        self.doi = doi
        self.reference = reference
    }
}
