import Foundation

extension ReportSite {
    /// `diff.html`: the verdict, what changed in the inputs, and per changed figure the overlay (with
    /// its ratio panel), a before/after slider and the table of changed series.
    static func diffPage(_ diff: ReportDiff, model: ReportModel) -> String {
        let verdict = diff.beyondTolerance ? "beyond tolerance" : "within tolerance"
        var body = [
            "<section id=\"summary\" aria-labelledby=\"summary-heading\">",
            "<h2 id=\"summary-heading\">\(diff.figures.count) of \(diff.figureCount) figures changed — "
                + "<span class=\"\(diff.beyondTolerance ? "bad" : "good")\" id=\"verdict\">\(verdict)</span></h2>",
            "<p>Baseline <code id=\"baseline\">\(HTML.escape(diff.baseline))</code>; the new data is out/data.</p>",
            "<h3>What changed in the inputs</h3>",
            "<ul id=\"input-changes\">"
        ]
        let changes =
            diff.inputChanges.isEmpty ? ["Nothing recorded: parameters, datasets and code are the baseline’s."] : diff.inputChanges
        body += changes.map { "<li>\(HTML.escape($0))</li>" }
        body.append("</ul>")
        if !diff.figures.isEmpty {
            body.append("<ul class=\"contents\">")
            for figure in diff.figures {
                body.append(
                    "<li><a href=\"#\(HTML.id("diff", figure.name))\">\(HTML.escape(figure.name))</a> — \(HTML.escape(figure.verdict))</li>"
                )
            }
            body.append("</ul>")
        }
        body.append("</section>")
        for figure in diff.figures { body += changedFigure(figure) }
        return page(title: "Diff against \(diff.baseline)", model: model, current: "diff.html", body: body)
    }

    /// One changed figure: view switch, overlay, slider, table.
    static func changedFigure(_ figure: ReportDiffFigure) -> [String] {
        let id = HTML.id("diff", figure.name)
        let alt = figure.caption ?? "Figure \(figure.name)"
        var lines = [
            "<section class=\"changed\" id=\"\(id)\" data-figure=\"\(HTML.escape(figure.name))\" aria-labelledby=\"\(id)-heading\">",
            "<h2 id=\"\(id)-heading\"><code>\(HTML.escape(figure.name))</code> — \(HTML.escape(figure.verdict))</h2>"
        ]
        if let caption = figure.caption { lines.append("<p class=\"caption\">\(HTML.escape(caption))</p>") }
        let hasSlider = figure.beforeSVG != nil && figure.afterSVG != nil
        if figure.overlaySVG != nil && hasSlider {
            lines.append(
                "<div class=\"views\" role=\"group\" aria-label=\"View of \(HTML.escape(figure.name))\">"
                    + "<button type=\"button\" class=\"view\" data-view=\"overlay\" aria-pressed=\"true\" aria-controls=\"\(id)-overlay\">"
                    + "Overlay and ratio</button>"
                    + "<button type=\"button\" class=\"view\" data-view=\"compare\" aria-pressed=\"false\" aria-controls=\"\(id)-compare\">"
                    + "Before / after slider</button></div>")
        }
        if let overlay = figure.overlaySVG {
            lines.append(
                "<div class=\"image overlay\" id=\"\(id)-overlay\" data-view-panel=\"overlay\">"
                    + HTML.inlineSVG(
                        overlay,
                        label: "Overlay of the baseline (dashed, faded) and the new data (solid), ratio new/baseline below: "
                            + alt, idPrefix: "o-\(figure.name)")
                    + "</div>")
        } else {
            lines.append("<p class=\"missing\">No overlay: the figure is not in figures.yaml or one side has no data.</p>")
        }
        if let before = figure.beforeSVG, let after = figure.afterSVG {
            lines.append("<div class=\"compare\" id=\"\(id)-compare\" data-view-panel=\"compare\" hidden>")
            lines.append("<div class=\"stack\">")
            lines.append("<div class=\"before\">\(HTML.inlineSVG(before, label: "Baseline: " + alt, idPrefix: "b-\(figure.name)"))</div>")
            lines.append("<div class=\"after\">\(HTML.inlineSVG(after, label: "New: " + alt, idPrefix: "a-\(figure.name)"))</div>")
            lines.append("</div>")
            lines.append(
                "<label class=\"slider\">Baseline ◂ <input type=\"range\" min=\"0\" max=\"100\" value=\"50\" "
                    + "aria-label=\"Share of the new figure shown, from the right\"> ▸ new</label>")
            lines.append("</div>")
        }
        lines.append("<div class=\"scroll\"><table class=\"changes\"><caption>Changed series of \(HTML.escape(figure.name))</caption>")
        lines.append(
            "<thead><tr><th scope=\"col\">Series</th><th scope=\"col\">Verdict</th><th scope=\"col\">Largest change</th>"
                + "<th scope=\"col\">At</th></tr></thead><tbody>")
        for series in figure.series {
            lines.append(
                "<tr data-series=\"\(HTML.escape(series.name))\"><th scope=\"row\"><code>\(HTML.escape(series.name))</code></th>"
                    + "<td>\(HTML.escape(series.verdict))</td><td class=\"number\">\(HTML.escape(series.largest))</td>"
                    + "<td>\(HTML.escape(series.location))</td></tr>")
        }
        lines.append("</tbody></table></div>")
        lines.append(fileLinks(figure.files))
        lines.append("</section>")
        return lines
    }
}
