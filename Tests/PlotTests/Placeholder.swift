import Testing
@Test func PlotPlaceholder() { #expect(1 + 1 == 2) }
