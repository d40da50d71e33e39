import Foundation

extension ReportSite {
    /// `index.html`: every figure with its caption, paper and files, then the step graph, the build
    /// times, every node's provenance and the datasets.
    static func index(_ model: ReportModel) -> String {
        var body: [String] = []
        if let diff = model.diff {
            let verdict = diff.beyondTolerance ? "beyond tolerance" : "within tolerance"
            body.append(
                "<p class=\"notice\" id=\"diff-notice\">A diff against <code>\(HTML.escape(diff.baseline))</code> is in this "
                    + "report: \(diff.figures.count) of \(diff.figureCount) figures changed (\(verdict)). "
                    + "<a href=\"diff.html\">Review the changes</a>.</p>")
        }
        body += gallery(model)
        body += graph(model)
        body += times(model)
        body += steps(model)
        body += datasets(model)
        return page(title: "Figures", model: model, current: "index.html", body: body)
    }

    /// The gallery, grouped by paper (figures without one last), with a contents list.
    static func gallery(_ model: ReportModel) -> [String] {
        var papers: [String] = []
        for figure in model.figures where !papers.contains(figure.paper ?? "") { papers.append(figure.paper ?? "") }
        papers = papers.filter { !$0.isEmpty }.sorted() + (papers.contains("") ? [""] : [])
        var lines = [
            "<section id=\"gallery\" aria-labelledby=\"gallery-title\">",
            "<h2 id=\"gallery-title\">Figures (\(model.figures.count))</h2>",
            "<ul class=\"contents\">"
        ]
        for figure in model.figures {
            lines.append("<li><a href=\"#\(HTML.id("figure", figure.name))\">\(HTML.escape(title(of: figure)))</a></li>")
        }
        lines.append("</ul>")
        let nodes = Dictionary(model.nodes.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for paper in papers {
            lines.append(
                "<h3 class=\"paper\">\(paper.isEmpty ? "Not assigned to a paper" : "Paper <code>\(HTML.escape(paper))</code>")</h3>")
            lines.append("<div class=\"cards\">")
            for figure in model.figures where (figure.paper ?? "") == paper {
                lines += card(figure, nodes: nodes, model: model)
            }
            lines.append("</div>")
        }
        lines.append("</section>")
        return lines
    }

    /// `NAME — paper, Fig. N` (or the name alone).
    static func title(of figure: ReportFigure) -> String {
        let place = [figure.paper, figure.figureNumber].compactMap { $0 }.joined(separator: ", ")
        return place.isEmpty ? figure.name : "\(figure.name) — \(place)"
    }

    /// One figure: image, caption, files and its provenance summary.
    static func card(_ figure: ReportFigure, nodes: [String: ReportNode], model: ReportModel) -> [String] {
        let alt = figure.caption ?? "Figure \(figure.name) (no caption in figures.yaml)"
        var lines = [
            "<article class=\"card\" id=\"\(HTML.id("figure", figure.name))\" data-figure=\"\(HTML.escape(figure.name))\">",
            "<h4>\(HTML.escape(figure.name))"
                + (figure.figureNumber.map { " <span class=\"number\">\(HTML.escape($0))</span>" } ?? "")
                + (figure.paper.map { " <span class=\"paper-id\">\(HTML.escape($0))</span>" } ?? "") + "</h4>"
        ]
        if let svg = figure.svg {
            lines.append("<div class=\"image\">\(HTML.inlineSVG(svg, label: alt, idPrefix: HTML.id("g", figure.name)))</div>")
        } else {
            lines.append("<p class=\"missing\">No render in out/figures: the figure has not been built or its step failed.</p>")
        }
        lines.append("<p class=\"caption\">\(HTML.escape(figure.caption ?? "No caption: add caption: to the figure in figures.yaml."))</p>")
        lines.append(fileLinks(figure.files))
        let upstream = closure(of: figure.name, nodes: nodes, model: model)
        lines.append("<details class=\"provenance\"><summary>Provenance: \(upstream.count) nodes</summary>")
        lines.append("<table><caption>What \(HTML.escape(figure.name)) was built from (build order)</caption>")
        lines.append(
            "<thead><tr><th scope=\"col\">Node</th><th scope=\"col\">Kind</th><th scope=\"col\">Action key</th>"
                + "<th scope=\"col\">Code</th><th scope=\"col\">Time</th></tr></thead><tbody>")
        for node in upstream {
            lines.append(
                "<tr><th scope=\"row\"><a href=\"#\(HTML.id("node", node.name))\">\(HTML.escape(node.name))</a></th>"
                    + "<td>\(HTML.escape(node.kind)) v\(node.kindVersion)</td><td>\(short(node.key))</td><td>\(short(node.code))</td>"
                    + "<td class=\"number\">\(duration(node.seconds))</td></tr>")
        }
        lines.append("</tbody></table>")
        let datasets = Set(upstream.flatMap { $0.inputs.map(\.source) }.filter { $0.hasPrefix("external:") }).sorted()
        if !datasets.isEmpty {
            let items = datasets.map { source -> String in
                let name = String(source.dropFirst("external:".count))
                let hash = model.datasets.first { $0.name == name }?.sha256
                return "<li><a href=\"#\(HTML.id("dataset", name))\">\(HTML.escape(name))</a> sha256 \(short(hash))</li>"
            }
            lines.append("<p>Datasets:</p><ul class=\"datasets\">\(items.joined())</ul>")
        }
        lines.append("<p>Commit <code>\(HTML.escape(model.revision))</code></p></details>")
        lines.append("</article>")
        return lines
    }

    /// `name` and every node upstream of it, in build order (the order of `model.nodes`).
    static func closure(of name: String, nodes: [String: ReportNode], model: ReportModel) -> [ReportNode] {
        var seen: Set<String> = []
        var pending = [name]
        while let next = pending.popLast() {
            guard seen.insert(next).inserted, let node = nodes[next] else { continue }
            pending += node.inputs.map(\.source)
        }
        return model.nodes.filter { seen.contains($0.name) }
    }

    static func graph(_ model: ReportModel) -> [String] {
        let layout = StepGraphLayout(nodes: model.nodes, datasets: model.datasets.map(\.name))
        return [
            "<section id=\"graph\" aria-labelledby=\"graph-heading\">",
            "<h2 id=\"graph-heading\">Step graph</h2>",
            "<p>Datasets in the first column, then steps and figures, each one column right of its deepest input. "
                + "Select a box to see its provenance.</p>",
            "<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Step graph (scrolls sideways)\">\(layout.svg)</div>",
            "</section>"
        ]
    }

    /// Build times: the wall time recorded with each node's cached outputs, with a bar.
    static func times(_ model: ReportModel) -> [String] {
        let longest = model.nodes.compactMap(\.seconds).max() ?? 0
        let total = model.nodes.compactMap(\.seconds).reduce(0, +)
        var lines = [
            "<section id=\"times\" aria-labelledby=\"times-heading\">",
            "<h2 id=\"times-heading\">Build times</h2>",
            "<p>Wall time of the run that produced each node’s cached outputs (recorded in the cache with them, so the same cache "
                + "gives the same page); sum \(duration(total)).</p>",
            "<div class=\"scroll\"><table class=\"times\"><thead><tr><th scope=\"col\">Node</th><th scope=\"col\">Kind</th>"
                + "<th scope=\"col\">Time</th><th scope=\"col\" class=\"bar-column\">Share of the longest</th></tr></thead><tbody>"
        ]
        for node in model.nodes {
            let fraction = longest > 0 ? (node.seconds ?? 0) / longest : 0
            let width = String(format: "%.1f", fraction * 100)
            lines.append(
                "<tr><th scope=\"row\"><a href=\"#\(HTML.id("node", node.name))\">\(HTML.escape(node.name))</a></th>"
                    + "<td>\(HTML.escape(node.kind))</td><td class=\"number\">\(duration(node.seconds))</td>"
                    + "<td class=\"bar-column\"><span class=\"bar\" style=\"width: \(width)%\"></span></td></tr>"
            )
        }
        lines += ["</tbody></table></div>", "</section>"]
        return lines
    }

    /// Every node: kind, key, code fingerprint, parameters, inputs with their hashes.
    static func steps(_ model: ReportModel) -> [String] {
        var lines = ["<section id=\"steps\" aria-labelledby=\"steps-heading\">", "<h2 id=\"steps-heading\">Steps and figures</h2>"]
        for node in model.nodes {
            lines.append("<details class=\"node\" id=\"\(HTML.id("node", node.name))\">")
            lines.append(
                "<summary><code>\(HTML.escape(node.name))</code> — \(HTML.escape(node.kind)) v\(node.kindVersion), "
                    + "\(duration(node.seconds))</summary>")
            lines.append("<dl><dt>Action key</dt><dd class=\"hash\">\(HTML.escape(node.key ?? "not built"))</dd>")
            lines.append("<dt>Code fingerprint</dt><dd class=\"hash\">\(HTML.escape(node.code ?? "not built"))</dd></dl>")
            if !node.inputs.isEmpty {
                lines.append(
                    "<table><caption>Inputs</caption><thead><tr><th scope=\"col\">Role</th><th scope=\"col\">From</th>"
                        + "<th scope=\"col\">Content hashes</th></tr></thead><tbody>")
                for input in node.inputs {
                    let target =
                        input.source.hasPrefix("external:")
                        ? HTML.id("dataset", String(input.source.dropFirst("external:".count))) : HTML.id("node", input.source)
                    lines.append(
                        "<tr><td>\(HTML.escape(input.role))</td><td><a href=\"#\(target)\">\(HTML.escape(input.source))</a></td>"
                            + "<td>\(input.hashes.map { short($0) }.joined(separator: " "))</td></tr>")
                }
                lines.append("</tbody></table>")
            }
            if !node.parameters.isEmpty {
                lines.append("<table class=\"parameters\"><caption>Parameters</caption><tbody>")
                for parameter in node.parameters {
                    lines.append(
                        "<tr><th scope=\"row\"><code>\(HTML.escape(parameter.path))</code></th>"
                            + "<td><code>\(HTML.escape(parameter.value))</code></td></tr>")
                }
                lines.append("</tbody></table>")
            }
            lines.append("</details>")
        }
        lines.append("</section>")
        return lines
    }

    /// Datasets with their hashes and the provenance their headers state.
    static func datasets(_ model: ReportModel) -> [String] {
        var lines = ["<section id=\"datasets\" aria-labelledby=\"datasets-heading\">", "<h2 id=\"datasets-heading\">Datasets</h2>"]
        for dataset in model.datasets {
            lines.append("<details class=\"dataset\" id=\"\(HTML.id("dataset", dataset.name))\">")
            lines.append("<summary><code>\(HTML.escape(dataset.name))</code> — \(HTML.escape(dataset.path))</summary>")
            lines.append("<dl><dt>SHA-256</dt><dd class=\"hash\">\(HTML.escape(dataset.sha256 ?? "file missing"))</dd>")
            for entry in dataset.header {
                lines.append("<dt>\(HTML.escape(entry.path))</dt><dd>\(HTML.escape(entry.value))</dd>")
            }
            lines.append("</dl></details>")
        }
        lines.append("</section>")
        return lines
    }
}
