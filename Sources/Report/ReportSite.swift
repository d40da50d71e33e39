import Foundation

/// The static HTML report (`out/report/`): `index.html` (gallery, step graph, build times, provenance)
/// and, after a `figures diff`, `diff.html` (per changed figure the overlay with its ratio panel, a
/// before/after slider and the table of changes). One self-contained file per page: styles, script
/// and figures inline, links to the PDF/PNG/CSV files relative to out/report/; no server, no network.
public enum ReportSite {
    /// The pages by file name. Same model → same bytes.
    public static func files(_ model: ReportModel) -> [String: Data] {
        var files = ["index.html": Data(index(model).utf8)]
        if let diff = model.diff { files["diff.html"] = Data(diffPage(diff, model: model).utf8) }
        return files
    }

    /// The page frame: head with styles, a skip link, the header with navigation, the body, the
    /// script, and an element that collects script errors (the browser tests read it).
    static func page(title: String, model: ReportModel, current: String, body: [String]) -> String {
        var navigation = [ReportLink("Figures", href: "index.html#gallery"), ReportLink("Step graph", href: "index.html#graph")]
        navigation.append(ReportLink("Build times", href: "index.html#times"))
        navigation.append(ReportLink("Steps", href: "index.html#steps"))
        navigation.append(ReportLink("Datasets", href: "index.html#datasets"))
        if model.diff != nil { navigation.append(ReportLink("Diff", href: "diff.html")) }
        let links = navigation.map { link -> String in
            let isCurrent = link.href == current
            return
                "<li><a href=\"\(HTML.escape(link.href))\"\(isCurrent ? " aria-current=\"page\"" : "")>\(HTML.escape(link.title))</a></li>"
        }
        let overrides = model.overrides.isEmpty ? "none" : model.overrides.map { "<code>\(HTML.escape($0))</code>" }.joined(separator: " ")
        var lines = [
            "<!DOCTYPE html>",
            "<html lang=\"en\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>\(HTML.escape(title))</title>",
            "<style>\n\(ReportStyle.css)</style>",
            "</head>",
            "<body>",
            "<a class=\"skip\" href=\"#main\">Skip to content</a>",
            "<header>",
            "<p class=\"project\">\(HTML.escape(model.project))</p>",
            "<h1>\(HTML.escape(title))</h1>",
            "<p class=\"meta\">Revision <code id=\"revision\">\(HTML.escape(model.revision))</code> · overrides: "
                + "<span id=\"overrides\">\(overrides)</span></p>",
            "<nav aria-label=\"Report sections\"><ul>\(links.joined())</ul></nav>",
            "</header>",
            "<main id=\"main\" tabindex=\"-1\">"
        ]
        lines += body
        lines += [
            "</main>",
            "<footer><p>Written by <code>figures report</code> from figures.yaml, out/ and the build cache; "
                + "the same inputs give the same bytes.</p></footer>",
            "<pre id=\"script-errors\" hidden></pre>",
            "<script>\n\(ReportStyle.script)</script>",
            "</body>",
            "</html>"
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// Seconds as shown in the tables: milliseconds below one second, else two decimals.
    static func duration(_ seconds: Double?) -> String {
        guard let seconds else { return "—" }
        if seconds < 1 { return String(format: "%.0f ms", seconds * 1000) }
        return String(format: "%.2f s", seconds)
    }

    /// The first 16 hex digits of a hash, full value in a tooltip.
    static func short(_ hash: String?) -> String {
        guard let hash else { return "—" }
        return "<code title=\"\(HTML.escape(hash))\">\(HTML.escape(String(hash.prefix(16))))</code>"
    }

    /// `<a href>` list of a figure's files.
    static func fileLinks(_ links: [ReportLink]) -> String {
        guard !links.isEmpty else { return "" }
        let items = links.map { "<li><a href=\"\(HTML.escape($0.href))\">\(HTML.escape($0.title))</a></li>" }
        return "<ul class=\"files\">\(items.joined())</ul>"
    }
}
