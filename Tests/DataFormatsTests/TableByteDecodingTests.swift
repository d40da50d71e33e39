import Foundation
import Testing
@testable import DataFormats

/// The byte-level row reader of `Table(decoding:)`: it reads what Swift's `Double(_:)` reads, bit for bit,
/// and rejects what the former line-splitting reader rejected, with the same line numbers.
@Suite struct TableByteDecodingTests {
    static let header = "# format: table 1\n# column: a [1] first\n# column: b [GeV] second\na,b\n"

    /// Awkward doubles (subnormal, extremes, long mantissas, signed zero) come back bit-identical.
    @Test func awkwardNumbersRoundTripBitForBit() throws {
        let values: [Double] = [
            Double.leastNonzeroMagnitude, 2.2250738585072014e-308, 1.7976931348623157e308, 0.1, -0.30000000000000004,
            123456789.12345679, 1e-300, -7.25e22, 3.0, 0.0
        ]
        let table = Table(columns: [.init("a", unit: "1", "first", values), .init("b", unit: "GeV", "second", values.reversed())])
        let decoded = try Table(decoding: table.encoded())
        #expect(try decoded.column("a").map(\.bitPattern) == values.map(\.bitPattern))
        #expect(try decoded.column("b").map(\.bitPattern) == values.reversed().map(\.bitPattern))
    }

    /// Spellings the canonical writer never produces are still read as `Double(_:)` reads them.
    @Test func readsWhatDoubleReads() throws {
        let spellings = ["1E3", "+2.5", ".5", "7.", "-0.0", "1e-5", "00012", "2.4703282292062328e-324"]
        let text = Self.header + spellings.map { "\($0),\($0)" }.joined(separator: "\n")  // no final newline
        let decoded = try Table(decoding: Data(text.utf8))
        #expect(try decoded.column("a").map(\.bitPattern) == spellings.map { Double($0)!.bitPattern })
    }

    /// Empty lines are skipped, as before; the next line keeps its own number in errors.
    @Test func skipsEmptyLinesAndCountsThem() throws {
        let decoded = try Table(decoding: Data((Self.header + "\n1,2\n\n3,4\n\n").utf8))
        #expect(try decoded.column("b") == [2, 4])
        #expect(throws: TableError.self) { try Table(decoding: Data((Self.header + "\n1,2\n\nx,4\n").utf8)) }
        do {
            _ = try Table(decoding: Data((Self.header + "\n1,2\n\nx,4\n").utf8))
        } catch let error as TableError {
            #expect(error.line == 8)
            #expect(error.message == "column 'a': expected a finite number, found 'x'")
        }
    }

    /// What `Double(_:)` refuses, and what is not finite, is an error naming the column and the field.
    @Test func rejectsWhatDoubleRefusesAndNonFiniteValues() {
        for field in [" 1", "1 ", "", "0x10", "inf", "nan", "1e", "1,5e999".split(separator: ",")[1].description, "1.2.3", "١"] {
            do {
                _ = try Table(decoding: Data((Self.header + "1,\(field)\n").utf8))
                Issue.record("'\(field)' was read")
            } catch let error as TableError {
                #expect(error.line == 5)
                #expect(error.message == "column 'b': expected a finite number, found '\(field)'")
            } catch {
                Issue.record("unexpected \(error)")
            }
        }
    }

    /// A row with too few or too many fields is refused with the count, before its numbers are read.
    @Test func rejectsRowsOfTheWrongWidth() {
        for (row, count) in [("1", 1), ("1,2,3", 3), ("x,y,z", 3)] {
            do {
                _ = try Table(decoding: Data((Self.header + "1,2\n\(row)\n").utf8))
                Issue.record("'\(row)' was read")
            } catch let error as TableError {
                #expect(error.line == 6)
                #expect(error.message == "expected 2 values, found \(count)")
            } catch {
                Issue.record("unexpected \(error)")
            }
        }
    }

    /// A table with a header and no rows has empty columns; one without the column-name line is refused.
    @Test func headerOnly() throws {
        #expect(try Table(decoding: Data(Self.header.utf8)).column("a").isEmpty)
        #expect(try Table(decoding: Data(Self.header.dropLast().utf8)).column("a").isEmpty)
        #expect(throws: TableError.self) { try Table(decoding: Data("# format: table 1\n# column: a [1] first".utf8)) }
    }
}
