/// Document metadata of a render: what the file is and where it comes from.
///
/// Written into the PDF Info dictionary (Title, Subject, Keywords, Creator), an SVG `<metadata>`
/// element (Dublin Core) and PNG `tEXt` chunks (Title, Description, Keywords, Software). It holds no
/// date and nothing of the machine, so equal metadata gives equal bytes. Empty fields are omitted.
public struct RenderMetadata: Sendable, Hashable {
    /// The document title.
    public var title: String
    /// What the figure shows.
    public var subject: String
    /// Provenance in `key=value; …` form (e.g. the action key and the project version).
    public var keywords: String
    /// The program that made the figure and its version.
    public var creator: String

    /// Creates metadata; every field defaults to empty.
    public init(title: String = "", subject: String = "", keywords: String = "", creator: String = "") {
        self.title = title
        self.subject = subject
        self.keywords = keywords
        self.creator = creator
    }

    /// The non-empty fields with their PNG keyword (the registered PNG text keywords).
    var pngTextFields: [(keyword: String, text: String)] {
        [("Title", title), ("Description", subject), ("Keywords", keywords), ("Software", creator)].filter { !$0.text.isEmpty }
    }

    /// The `<metadata>` element for SVG (Dublin Core in RDF), or "" when every field is empty.
    var svgElement: String {
        let fields = [("title", title), ("description", subject), ("subject", keywords), ("creator", creator)]
            .filter { !$0.1.isEmpty }
        guard !fields.isEmpty else { return "" }
        let body = fields.map { "<dc:\($0.0)>\(Self.xmlEscaped($0.1))</dc:\($0.0)>" }.joined()
        return "<metadata><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><rdf:Description>\(body)</rdf:Description></rdf:RDF></metadata>"
    }

    static func xmlEscaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
