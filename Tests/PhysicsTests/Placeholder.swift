import Testing
@Test func PhysicsPlaceholder() { #expect(1 + 1 == 2) }
