/// The backslash commands of the math markup that stand for one symbol.
enum MathSymbols {
    /// Lower-case Greek letters by command name, as their upright code points (U+03B1…).
    /// Italic forms are the Mathematical Italic code points (U+1D6FC…), which only the math font has.
    static let lowerGreek: [String: Character] = [
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "varepsilon": "ε", "zeta": "ζ",
        "eta": "η", "theta": "θ", "iota": "ι", "kappa": "κ", "lambda": "λ", "mu": "μ", "nu": "ν",
        "xi": "ξ", "pi": "π", "rho": "ρ", "sigma": "σ", "tau": "τ", "upsilon": "υ", "varphi": "φ",
        "chi": "χ", "psi": "ψ", "omega": "ω",
        // TeX's \epsilon and \phi are the lunate ϵ and the closed ϕ.
        "epsilon": "ϵ", "phi": "ϕ", "vartheta": "ϑ"
    ]

    /// Upper-case Greek letters: upright by TeX convention.
    static let upperGreek: [String: String] = [
        "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π",
        "Sigma": "Σ", "Upsilon": "Υ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω"
    ]

    /// Operators and other symbols, always upright.
    static let symbols: [String: String] = [
        "times": "×", "cdot": "⋅", "pm": "±", "mp": "∓", "to": "→", "rightarrow": "→", "leftarrow": "←",
        "leftrightarrow": "↔", "infty": "∞", "propto": "∝", "sim": "∼", "approx": "≈", "simeq": "≃",
        "le": "≤", "leq": "≤", "ge": "≥", "geq": "≥", "ne": "≠", "neq": "≠", "ll": "≪", "gg": "≫",
        "ell": "ℓ", "hbar": "ℏ", "prime": "′", "partial": "∂", "circ": "∘", "degree": "°",
        "langle": "⟨", "rangle": "⟩", "minus": "−", "percent": "%"
    ]

    /// Spacing commands, in em.
    static let spaces: [String: Double] = ["quad": 1, "qquad": 2]

    /// One-character escapes after a backslash: spacing, or a literal markup character.
    static let escapes: [Character: MathNode] = [
        ",": .space(em: 1.0 / 6), ":": .space(em: 2.0 / 9), ";": .space(em: 5.0 / 18), "!": .space(em: -1.0 / 6),
        " ": .space(em: 1.0 / 3),
        "_": .text("_", .upright), "^": .text("^", .upright), "{": .text("{", .upright),
        "}": .text("}", .upright), "\\": .text("\\", .upright), "[": .text("[", .upright),
        "]": .text("]", .upright), "%": .text("%", .upright), "#": .text("#", .upright),
        "&": .text("&", .upright), "$": .text("$", .upright), "'": .text("'", .upright)
    ]

    /// The Mathematical Italic code point of a lower-case Greek letter (α → 𝛼), if there is one.
    static func italic(_ letter: Character) -> Character {
        guard let scalar = letter.unicodeScalars.first else { return letter }
        let value = scalar.value
        // U+03B1…U+03C9 map one to one onto U+1D6FC…U+1D714 (ς included).
        if (0x3B1...0x3C9).contains(value), let italic = Unicode.Scalar(0x1D6FC + value - 0x3B1) {
            return Character(italic)
        }
        let variants: [UInt32: UInt32] = [0x3F5: 0x1D716, 0x3D1: 0x1D717, 0x3D5: 0x1D719]
        if let mapped = variants[value], let italic = Unicode.Scalar(mapped) { return Character(italic) }
        return letter
    }
}
