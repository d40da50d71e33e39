import Testing
@Test func FiguresPlaceholder() { #expect(1 + 1 == 2) }
