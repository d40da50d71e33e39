/// An opaque sRGB colour with components in 0…1.
public struct RGBColor: Sendable, Hashable {
    /// Red component, 0…1.
    public var red: Double
    /// Green component, 0…1.
    public var green: Double
    /// Blue component, 0…1.
    public var blue: Double

    /// Creates a colour from components in 0…1.
    public init(red: Double, green: Double, blue: Double) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// Parses `#RRGGBB` (or `RRGGBB`); returns nil for anything else.
    public init?(hex: String) {
        let digits = hex.hasPrefix("#") ? hex.dropFirst() : Substring(hex)
        guard digits.count == 6, let value = UInt32(digits, radix: 16) else { return nil }
        self.init(
            red: Double((value >> 16) & 0xFF) / 255,
            green: Double((value >> 8) & 0xFF) / 255,
            blue: Double(value & 0xFF) / 255)
    }

    /// `#RRGGBB`, upper case: the form written back to YAML.
    public var hexString: String {
        func byte(_ component: Double) -> Int { Int((min(max(component, 0), 1) * 255).rounded()) }
        let value = (byte(red) << 16) | (byte(green) << 8) | byte(blue)
        let digits = String(value, radix: 16, uppercase: true)
        return "#" + String(repeating: "0", count: 6 - digits.count) + digits
    }

    /// Black, for frames and text.
    public static let black = RGBColor(red: 0, green: 0, blue: 0)
    /// White, the PNG preview background.
    public static let white = RGBColor(red: 1, green: 1, blue: 1)
}

/// A colour in a figure description: an index into the style's palette, or an explicit colour.
///
/// Palette indices keep a figure's colours consistent when the palette changes.
public enum PlotColor: Sendable, Hashable {
    /// The palette entry at this index (wrapping around).
    case palette(Int)
    /// An explicit colour.
    case rgb(RGBColor)

    /// The concrete colour under a palette; an empty palette yields black.
    public func resolved(in palette: [RGBColor]) -> RGBColor {
        switch self {
        case .rgb(let color):
            return color
        case .palette(let index):
            guard !palette.isEmpty else { return .black }
            let wrapped = ((index % palette.count) + palette.count) % palette.count
            return palette[wrapped]
        }
    }
}
