import Foundation
import Testing
@testable import DataFormats

@Suite("FigureData directory listings")
struct FigureDataDirectoryTests {
    @Test func parsesCSVFilesAndIgnoresOthers() throws {
        let files: [String: Data] = [
            "exclusion-vanilla.csv": Data(FigureDataFixtures.exclusionText.utf8),
            ".gitkeep": Data(),
            "README.md": Data("notes".utf8)
        ]
        let figures = try FigureData.parseDirectory(files, directory: "out/data")
        #expect(Array(figures.keys) == ["exclusion-vanilla"])
        #expect(figures["exclusion-vanilla"] == FigureDataFixtures.exclusion())
    }

    @Test func reportsEveryBadFileWithItsPath() throws {
        let files: [String: Data] = [
            "b.csv": Data("# format: figure-data 1\n# figure: b\n# x: a\n# y: b\nseries,x,y\ns,1,zz\n".utf8),
            "a.csv": Data(FigureDataFixtures.exclusionText.utf8)
        ]
        do {
            _ = try FigureData.parseDirectory(files, directory: "HEAD:out/data")
            Issue.record("expected an error")
        } catch {
            #expect(
                error.description == """
                    HEAD:out/data/a.csv: file 'a.csv' declares '# figure: exclusion-vanilla'; \
                    expected the file to be named 'exclusion-vanilla.csv'
                    HEAD:out/data/b.csv:6: expected a decimal number in column y, found 'zz'
                    """)
        }
    }
}
