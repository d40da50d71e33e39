import Testing
@Test func PipelinePlaceholder() { #expect(1 + 1 == 2) }
