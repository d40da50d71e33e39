import TestSupport

/// The end-to-end tests' name for the shared runner of the built `figures` binary (Tests/TestSupport).
typealias FiguresProcess = FiguresProject
