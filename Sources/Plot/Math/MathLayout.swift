/// Places parsed math markup into a `MathBox`: scripts shrunk and raised or lowered, stacked when a
/// base has both (m²_Z′). Pure given the measurer; O(number of nodes) measurements.
public enum MathLayout {
    /// Script size relative to its base (TeX uses 0.7 for the first level).
    public static let scriptScale = 0.7
    /// Smallest script size relative to the outer text, so second-level scripts stay legible.
    public static let minimumScale = 0.5
    /// Superscript baseline above the base baseline, in units of the base size (alone / stacked).
    public static let superscriptRaise = (alone: 0.36, stacked: 0.40)
    /// Subscript baseline below the base baseline, in units of the base size (alone / stacked).
    public static let subscriptDrop = (alone: 0.16, stacked: 0.24)
    /// Extra shift of a superscript after an italic letter, in units of the base size: the slanted
    /// letter leans into the script otherwise.
    public static let italicCorrection = 0.06

    /// Parses and lays out markup at `size` points.
    public static func layout(markup: String, size: Double, measurer: some TextMeasuring) throws -> MathBox {
        try layout(MathMarkup.parse(markup), size: size, measurer: measurer)
    }

    /// Lays out nodes at `size` points.
    public static func layout(_ nodes: [MathNode], size: Double, measurer: some TextMeasuring) throws -> MathBox {
        try layoutSequence(nodes, size: size, outerSize: size, measurer: measurer)
    }

    static func layoutSequence(
        _ nodes: [MathNode], size: Double, outerSize: Double, measurer: some TextMeasuring
    ) throws -> MathBox {
        var box = MathBox.empty
        for node in nodes {
            box.append(try layoutNode(node, size: size, outerSize: outerSize, measurer: measurer))
        }
        return box
    }

    static func layoutNode(
        _ node: MathNode, size: Double, outerSize: Double, measurer: some TextMeasuring
    ) throws -> MathBox {
        switch node {
        case .text(let text, let style):
            let extent = try measurer.measure(text, style: style, size: size)
            return MathBox(
                width: extent.width, ascent: extent.ascent, descent: extent.descent, inkAscent: extent.inkAscent,
                runs: [MathGlyphRun(text: text, style: style, size: size, x: 0, baselineOffset: 0)], rules: [])
        case .space(let em):
            return MathBox(width: em * size, ascent: 0, descent: 0, inkAscent: 0, runs: [], rules: [])
        case .overline(let content):
            var box = try layoutSequence(content, size: size, outerSize: outerSize, measurer: measurer)
            let thickness = 0.05 * size
            let y = -(box.inkAscent + 0.12 * size)
            // Over a single italic letter the bar sits over the slanted glyph's centre of mass, a little right.
            let slant = isItalicLetter(content) ? 0.08 * size : 0
            box.rules.append(MathRule(x: slant, y: y, width: box.width, thickness: thickness))
            box.inkAscent = max(box.inkAscent, -y + thickness / 2)
            box.ascent = max(box.ascent, box.inkAscent)
            return box
        case .scripts(let base, let subscriptNodes, let superscriptNodes):
            var box = try layoutSequence(base, size: size, outerSize: outerSize, measurer: measurer)
            guard subscriptNodes != nil || superscriptNodes != nil else { return box }
            let scriptSize = max(size * scriptScale, outerSize * minimumScale)
            let stacked = subscriptNodes != nil && superscriptNodes != nil
            let baseWidth = box.width
            let italicShift = endsItalic(base) ? italicCorrection * size : 0
            var scriptsWidth = 0.0
            if let superscriptNodes {
                let superscript = try layoutSequence(superscriptNodes, size: scriptSize, outerSize: outerSize, measurer: measurer)
                let raise = (stacked ? superscriptRaise.stacked : superscriptRaise.alone) * size
                var placed = box
                placed.width = baseWidth + italicShift
                placed.append(superscript, dy: -raise)
                box = placed
                scriptsWidth = max(scriptsWidth, italicShift + superscript.width)
            }
            if let subscriptNodes {
                let subscriptBox = try layoutSequence(subscriptNodes, size: scriptSize, outerSize: outerSize, measurer: measurer)
                let drop = (stacked ? subscriptDrop.stacked : subscriptDrop.alone) * size
                box.width = baseWidth
                box.append(subscriptBox, dy: drop)
                scriptsWidth = max(scriptsWidth, subscriptBox.width)
            }
            box.width = baseWidth + scriptsWidth
            return box
        }
    }

    static func endsItalic(_ nodes: [MathNode]) -> Bool {
        switch nodes.last {
        case .text(_, let style)?: return style == .italic
        case .scripts(let base, nil, nil)?: return endsItalic(base)
        default: return false
        }
    }

    static func isItalicLetter(_ nodes: [MathNode]) -> Bool {
        if nodes.count == 1, case .text(let text, let style) = nodes[0] { return text.count == 1 && style == .italic }
        return false
    }
}
