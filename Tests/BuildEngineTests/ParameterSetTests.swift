import Testing
@testable import BuildEngine

/// A parameter set with a list of nested blocks, a choice and an undocumented-key twin, for the tests below.
struct ShelfParameters: ParameterSet {
    enum Finish: String, ParameterChoice, CaseIterable { case oak, pine }

    struct Board: ParameterSet {
        var length_cm: Double
        var finish: Finish = .oak
        static let defaults = Board(length_cm: 1)
        static let blockName = "board block"
        static let parameterDocs: [ParameterDoc] = [
            .required("length_cm", unit: "cm", "board length"),
            ParameterDoc("finish", "surface finish")
        ]
    }

    var boards: [Board] = []
    var height_cm: Double = 180
    var note: String?

    static let defaults = ShelfParameters()
    static let parameterDocs: [ParameterDoc] = [
        ParameterDoc("boards", "the boards, bottom up"),
        ParameterDoc("height_cm", unit: "cm", "total height"),
        .optional("note", "a remark", whenAbsent: "none")
    ]
}

/// The same keys as `ShelfParameters` with one documented wrongly, so the consistency check has something to find.
struct MisdocumentedParameters: ParameterSet {
    var height_cm: Double = 180
    var depth_cm: Double?
    static let defaults = MisdocumentedParameters()
    static let parameterDocs: [ParameterDoc] = [
        ParameterDoc("height_cm", unit: "cm", "total height"),
        ParameterDoc("width_cm", unit: "cm", "a key the type does not have")
    ]
}

@Suite("Parameters as data")
struct ParameterSetTests {
    func decode<P: ParameterSet>(_ type: P.Type, _ yaml: String) throws(ConfigError) -> P {
        try ConfigDecoder().decode(type, from: ConfigNode.parseYAML(yaml, file: "figures.yaml"), path: ["params"])
    }

    @Test func leftOutKeysTakeTheirDefaultsAtEveryLevel() throws {
        let shelf = try decode(ShelfParameters.self, "{boards: [{length_cm: 80}, {length_cm: 60, finish: pine}]}")
        #expect(shelf.height_cm == 180 && shelf.note == nil)
        #expect(shelf.boards.map(\.length_cm) == [80, 60])
        #expect(shelf.boards.map(\.finish) == [.oak, .pine])
        let explicit = try decode(ShelfParameters.self, "{height_cm: 2e2, note: tall}")
        #expect(explicit.height_cm == 200 && explicit.note == "tall" && explicit.boards.isEmpty)
    }

    @Test func aRequiredKeyOfANestedBlockIsRequired() {
        #expect(
            throws: ConfigError(
                SourceLocation(file: "figures.yaml", line: 1, column: 11), path: ["params", "boards", "[0]"],
                "missing required key 'length_cm'")
        ) {
            _ = try decode(ShelfParameters.self, "{boards: [{finish: oak}]}")
        }
    }

    @Test func aWrongChoiceListsTheNames() {
        #expect(
            throws: ConfigError(
                SourceLocation(file: "figures.yaml", line: 1, column: 35), path: ["params", "boards", "[0]", "finish"],
                "expected one of 'oak', 'pine', found 'teak'; did you mean 'oak'?")
        ) {
            _ = try decode(ShelfParameters.self, "{boards: [{length_cm: 80, finish: teak}]}")
        }
    }

    @Test func anUnknownKeyOfANestedBlockIsLocatedWithTheKnownOnes() {
        #expect(
            throws: ConfigError(
                SourceLocation(file: "figures.yaml", line: 1, column: 27),
                path: ["params", "boards", "[0]", "lenght_cm"],
                "unknown key; did you mean 'length_cm'? (expected one of: finish, length_cm)")
        ) {
            _ = try decode(ShelfParameters.self, "{boards: [{length_cm: 80, lenght_cm: 60}]}")
        }
    }

    @Test func schemaReadsKeysTypesAndDefaultsFromTheType() {
        let schema = ParameterSchema.of(ShelfParameters.self)
        #expect(schema.problems.isEmpty, "\(schema.problems)")
        #expect(schema.entries.map(\.key) == ["boards", "height_cm", "note"])
        #expect(schema.entries.map(\.type) == ["list of board blocks", "number", "string"])
        #expect(schema.entries.map(\.defaultText) == ["[]", "180.0", "absent: none"])
        let board = schema.entries[0].block
        #expect(board?.entries.map(\.type) == ["number", "one of 'oak', 'pine'"])
        #expect(board?.entries.map(\.defaultText) == ["required", "oak"])
    }

    @Test func schemaFindsKeysWithoutDocumentationAndDocumentationWithoutKeys() {
        let problems = ParameterSchema.of(MisdocumentedParameters.self).problems
        #expect(
            problems == [
                "MisdocumentedParameters.depth_cm: coding key without a ParameterDoc",
                "MisdocumentedParameters.width_cm: ParameterDoc for no coding key",
                "MisdocumentedParameters.width_cm: documented with a default, but its default is absent (nil)"
            ])
    }

    @Test func kindDocumentationRendersTheParameterTable() throws {
        let documentation = try #require(testRegistry.documentation(of: "line"))
        #expect(
            documentation.markdown == """
                ## line

                Y = scale · x.

                Inputs: none.

                Parameters:

                | parameter | type | default | unit | meaning |
                |---|---|---|---|---|
                | `scale` | number | required | 1 | slope of the line |
                | `points` | integer | `3` | 1 | grid points x = 0, 1, …, at least 1 |
                | `label` | string | absent: unnamed | – | a name for the line |

                """)
        #expect(
            testRegistry.documentation(of: "sum")?.text == """
                sum: Σ y + offset
                  inputs: source
                  parameters:
                    offset (number) = 0.0 [1]
                        added to the sum

                """)
        #expect(testRegistry.documentation(of: "sign")?.parameters == nil)
    }
}
