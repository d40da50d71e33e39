import BuildEngine
import Foundation
import Plot

/// Font loading ahead of the renders: the figures' fonts prepared on a background thread while the build resolves
/// its graph, so the first figure does not wait for fontconfig and font loading.
public enum FigureFonts {
    /// Prepares the fonts when this build will render: a figure is rerun, or a figure among `nodes` (every node
    /// when nil) has no published PDF under `outDirectory` yet. Returns whether it started.
    @discardableResult
    public static func prepareIfRendering(project: Project, nodes: [String]?, rerun: [String], outDirectory: String) -> Bool {
        let figures = (nodes ?? project.order).filter { project.nodes[$0]?.step.kindName == FigureStep.name }
        let rerunsFigure = rerun.contains { project.nodes[$0]?.step.kindName == FigureStep.name }
        let missing = figures.contains { name in
            !FileManager.default.fileExists(atPath: outDirectory + "/" + FigureFiles.render(name, fileExtension: "pdf"))
        }
        guard rerunsFigure || missing else { return false }
        FigureRenderer.prepareFonts()
        return true
    }
}
