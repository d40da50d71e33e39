import Foundation

extension Table {
    /// The values of the columns named `names`, in that order (a `TableError` names the first missing one).
    public func columns(_ names: [String]) throws -> [[Double]] {
        try names.map { try column($0) }
    }

    /// True if the table has a column named `name`.
    public func hasColumn(_ name: String) -> Bool { columns.contains { $0.name == name } }
}

/// A table type passed between steps: its encoder and decoder side by side, and the column names
/// consumers may read (declared to the build engine so figures.yaml's `x:`/`y:` are checked at load time).
public protocol InterStepTable: Sendable {
    /// The table in the canonical format.
    var table: Table { get }
    /// Reads the canonical format back, checking the columns the type needs (throws `TableError`).
    init(decoding data: Data) throws
}

extension InterStepTable {
    /// The canonical bytes.
    public func encoded() throws -> Data { try table.encoded() }
}
