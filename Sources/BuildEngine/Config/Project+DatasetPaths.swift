import CommonVocabulary
import Foundation

extension Project {
    /// Datasets named in figures.yaml must lie inside the project once symbolic links are resolved; a
    /// dataset (from figures.yaml or `--dataset`) that exists must be a readable file. A missing file is
    /// left to the build, which reports it on the step that reads it.
    func checkDatasetPaths() throws(ConfigError) {
        let root = ContainedPath.resolved(rootDirectory) ?? rootDirectory
        for name in datasets.keys.sorted() {
            let declaration = datasets[name]!
            let path = resolvedPath(ofDataset: name)
            let keyPath = declaration.overridden ? [] : ["datasets", name]
            if !declaration.overridden {
                let lexical = URL(fileURLWithPath: path).standardizedFileURL.path
                let lexicalRoot = URL(fileURLWithPath: rootDirectory).standardizedFileURL.path
                if !ContainedPath.isInside(lexical, lexicalRoot) {
                    throw ConfigError(
                        declaration.location, path: keyPath,
                        "expected a file inside the project, found '\(declaration.path)', which is outside it "
                            + "(use --dataset \(name)=PATH for a file elsewhere)")
                }
                if ContainedPath.exists(path) {
                    guard let target = ContainedPath.resolved(path), ContainedPath.isInside(target, root) else {
                        let found = ContainedPath.resolved(path).map { "resolves to \($0)" } ?? "is a link that does not resolve"
                        throw ConfigError(
                            declaration.location, path: keyPath,
                            "expected a file inside the project, found '\(declaration.path)', which \(found) "
                                + "(use --dataset \(name)=PATH for a file elsewhere)")
                    }
                }
            }
            guard ContainedPath.exists(path) else { continue }
            if ContainedPath.isDirectory(path) {
                throw ConfigError(
                    declaration.location, path: keyPath, "expected a dataset file, found '\(declaration.path)', which is a directory")
            }
            if access(path, R_OK) != 0 {
                throw ConfigError(
                    declaration.location, path: keyPath,
                    "expected a readable dataset file, found '\(declaration.path)', which cannot be read "
                        + "(\(String(cString: strerror(errno))))")
            }
        }
    }
}

extension Project {
    /// The first declared dataset (by name) whose file is missing, as the error `cache gc` refuses with:
    /// without the file the keys of the steps that read it cannot be computed, and their entries would be dropped.
    public func missingDatasetError(for command: String) -> ConfigError? {
        for name in datasets.keys.sorted() where !ContainedPath.exists(resolvedPath(ofDataset: name)) {
            let declaration = datasets[name]!
            return ConfigError(
                declaration.location, path: declaration.overridden ? [] : ["datasets", name],
                "expected an existing file, found '\(declaration.path)' missing; \(command) would drop the cache entries "
                    + "of the steps that read it (restore the file, or remove the dataset from \(configFile))")
        }
        return nil
    }
}
