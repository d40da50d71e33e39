import Foundation

/// Reading a whole directory of figure data (`out/data/`), from disk or from a git revision.
///
/// Both paths hand over the same thing, a listing `[fileName: bytes]`, so they share this code.
extension FigureData {
    /// Parses every `*.csv` file of a directory listing; other files (`.gitkeep`, a README) are
    /// ignored. Each file must declare the figure its name says (`pi-q2.csv` holds `pi-q2`).
    ///
    /// - Parameters:
    ///   - files: file name (a base name, or a path whose last component is used) → bytes.
    ///   - directory: prefixed to file names in error messages, e.g. `out/data` or `HEAD:out/data`.
    /// - Returns: figure name → data.
    /// - Throws: ``FigureDataDirectoryError`` listing every bad file, in file-name order.
    public static func parseDirectory(
        _ files: [String: Data],
        directory: String? = nil
    ) throws(FigureDataDirectoryError) -> [String: FigureData] {
        var figures: [String: FigureData] = [:]
        var errors: [FigureDataError] = []
        for (path, bytes) in files.sorted(by: { $0.key < $1.key }) {
            let baseName = path.split(separator: "/").last.map(String.init) ?? path
            guard baseName.hasSuffix(".csv") else { continue }
            let displayName = directory.map { "\($0)/\(baseName)" } ?? path
            do throws(FigureDataError) {
                let figureData = try FigureData(parsing: bytes, fileName: displayName)
                guard figureData.fileName == baseName else {
                    throw FigureDataError(
                        file: displayName,
                        problem: .figureNameMismatch(fileName: baseName, figure: figureData.figure)
                    )
                }
                figures[figureData.figure] = figureData
            } catch {
                errors.append(error)
            }
        }
        guard errors.isEmpty else { throw FigureDataDirectoryError(errors: errors) }
        return figures
    }
}

/// One or more bad files in a directory of figure data.
public struct FigureDataDirectoryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Every problem found, one per bad file, in file-name order.
    public var errors: [FigureDataError]

    /// Creates the error from its problems.
    public init(errors: [FigureDataError]) {
        self.errors = errors
    }

    /// One `file:line: message` line per problem.
    public var description: String {
        errors.map(\.description).joined(separator: "\n")
    }
}
