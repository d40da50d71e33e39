import Foundation
import Testing

@testable import DataFormats

/// The table's first line: the unified marker is written, the spelling before it still reads, and a
/// table of another format or version is refused with the line and what this build reads.
@Suite("table format marker")
struct TableFormatMarkerTests {
    static let body = "# column: x [1] abscissa\nx\n1.0\n2.0\n"

    func message(_ text: String) -> String {
        do {
            _ = try Table(decoding: Data(text.utf8))
            return "no error"
        } catch {
            return String(describing: error)
        }
    }

    @Test func writesTheUnifiedMarker() throws {
        let data = try Table(columns: [.init("x", unit: "1", "abscissa", [1, 2])]).encoded()
        #expect(String(decoding: data, as: UTF8.self) == "# format: table 1\n" + Self.body)
    }

    @Test func readsTheOlderSpellingAsTheSameVersion() throws {
        let table = try Table(decoding: Data(("# zprimepaper-table 1\n" + Self.body).utf8))
        #expect(try table.column("x") == [1, 2])
    }

    @Test func refusesAnotherVersionOrFormat() {
        #expect(
            message("# format: table 9\n" + Self.body)
                == "line 1: format 'table 9' is not one this build reads (it reads 'table 1'); rebuild the step")
        #expect(message("# format: dataset 1\n" + Self.body) == "line 1: expected '# format: table 1', found '# format: dataset 1'")
        #expect(message("") == "line 1: expected '# format: table 1', found ''")
    }
}
