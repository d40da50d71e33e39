import Foundation
import Testing
import TestSupport

/// A small project with a report and a diff page: three figures from cheap steps (with captions,
/// papers and figure numbers), built, its out/data kept as the baseline, then rebuilt with the
/// efficiency threshold moved (47 instead of 50 GeV) and compared: the efficiency figure changes,
/// the other two do not.
enum ReportProject {
    static let configuration = """
        version: 1
        steps:
          loop-function:
            kind: loop-function
            params: {q2_min_GeV2: 1.0e-3, q2_max_GeV2: 1, points_per_decade: 10, threshold_points: 4}
          signal-efficiency:
            kind: efficiency
            params: {threshold_GeV: 50, beam_energy_GeV: 100, stochastic_term_sqrt_GeV: 0.1, constant_term: 0.04,
                     combination: quadrature, plateau: 1, points: 51, dense_points: 20}
          thermal-a:
            kind: thermal-target
            params: {alpha_dark: 0.1, mass_ratio: 3, factor: 1, points: 20}
        figures:
          pi-q2:
            caption: "The real part of the vacuum-polarisation loop function against the momentum transfer."
            paper: na64e-2022
            figure: "Fig. 1"
            size: single-column
            x: {label: "q^2 [GeV^2]", scale: log}
            y: {label: "\\\\Pi"}
            data: {x: "q^2", x-unit: "GeV^2", y: "Re Pi", y-unit: "1"}
            series:
              - {name: re-pi, from: loop-function, x: q2_GeV2, y: re_pi, legend: "\\\\mathrm{Re}\\\\,\\\\Pi"}
          efficiency:
            caption: "The downstream signal efficiency against the energy left in the calorimeter."
            paper: na64e-2022
            figure: "Fig. 2"
            size: single-column
            x: {label: "E_F [GeV]", range: [0, 100]}
            y: {label: "\\\\eta", range: [0, 1.05]}
            data: {x: "E_F", x-unit: "GeV", y: "eta", y-unit: "1"}
            series:
              - {name: efficiency, from: signal-efficiency, x: energy_GeV, y: efficiency, style: {color: 0}}
            legend: {show: false}
          thermal:
            caption: "The coupling on the thermal target for alpha_D = 0.1."
            size: single-column
            x: {label: "m_{Z'} [GeV]", scale: log}
            y: {label: "g_{Z'}", scale: log}
            data: {x: "m_Z'", x-unit: "GeV", y: "g on the thermal target", y-unit: "1"}
            series:
              - {name: thermal-a, from: thermal-a, x: m_GeV, y: g, legend: "\\\\alpha_D = 0.1"}
        """

    static let figures = ["pi-q2", "efficiency", "thermal"]

    /// The built project with its report and diff page (made once per test process).
    static let built: Result<URL, any Error> = Result { try build() }

    static func build() throws -> URL {
        let project = try FiguresProject.makeProject(configuration: configuration, prefix: "figures-report")
        let first = try FiguresProject.run(["all", "--jobs", "2", "--quiet"], in: project)
        guard first.status == 0 else { throw Chromium.Failure(description: "figures all failed: \(first.stderr)") }
        try FileManager.default.copyItem(at: project.appendingPathComponent("out/data"), to: project.appendingPathComponent("baseline"))
        let diff = try FiguresProject.run(
            ["diff", "--baseline", "baseline", "--set", "signal-efficiency.threshold_GeV=47", "--jobs", "2", "--quiet"], in: project)
        guard diff.status == 1 else { throw Chromium.Failure(description: "figures diff exited \(diff.status): \(diff.stderr)") }
        return project
    }

    /// `out/report/PAGE` of the built project, as a file URL.
    static func page(_ name: String) throws -> (project: URL, page: URL) {
        let project = try built.get()
        return (project, project.appendingPathComponent("out/report/\(name)"))
    }
}
