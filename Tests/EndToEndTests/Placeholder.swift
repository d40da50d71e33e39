import Testing
@Test func EndToEndPlaceholder() { #expect(1 + 1 == 2) }
