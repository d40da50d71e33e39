import Foundation
import Physics
import BuildEngine
import DataFormats

/// The `track-lengths` table from each method's result (docs/PHYSICS.md §8): Physics computes, this only encodes.
extension TrackLengthTable {
    /// The column of the tally of `charge` in the material named `material`, if it is one of the four.
    static func column(material: String, charge: LeptonCharge) -> String? {
        tally(particles: charge == .electron ? "electrons" : "positrons", material: material)?.column
    }

    /// The tallies of a cascade Monte Carlo run (method 1): all e∓, primary included, with the per-shower
    /// statistical errors.
    init(cascade result: CascadeResult) {
        let edges = result.binEdgesGeV
        var values: [String: [Double]] = [:], errors: [String: [Double]] = [:]
        for spectrum in result.spectra {
            guard let column = Self.column(material: spectrum.material, charge: spectrum.charge) else { continue }
            values[column] = spectrum.trackLengthCmPerGeV
            errors[column] = spectrum.statisticalErrorCmPerGeV
        }
        self.init(lowEdgesGeV: Array(edges.dropLast()), highEdgesGeV: Array(edges.dropFirst()), values: values, errors: errors)
    }

    /// Approximation A's bin averages (method 2) in the homogeneous `material`.
    init(
        approximationA material: Material, beam: LeptonCharge, beamEnergyGeV: Double, binning: LogarithmicEnergyBinning,
        progress: (Int, Int) -> Void
    ) {
        let edges = binning.edgesGeV
        let averages = ApproximationA(material: material).binAverages(
            beam: beam, beamEnergyGeV: beamEnergyGeV, binning: binning,
            progress: progress)
        var values: [String: [Double]] = [:]
        if let column = Self.column(material: material.name, charge: .electron) { values[column] = averages.electronsCmPerGeV }
        if let column = Self.column(material: material.name, charge: .positron) { values[column] = averages.positronsCmPerGeV }
        self.init(lowEdgesGeV: Array(edges.dropLast()), highEdgesGeV: Array(edges.dropFirst()), values: values, errors: [:])
    }

    /// The tallies of an imported `kind: table` dataset (method 3; docs/DATASETS.md).
    ///
    /// The first column is the bin centre (an energy); the others are any of the four tally
    /// columns and their `_error` columns, in a length-per-energy unit (absent ones are zeros).
    /// Bins are taken as logarithmic around the centres (`Grid.logarithmicBinEdges`).
    init(importedTable dataset: DatasetColumnTable) throws {
        guard let energy = dataset.columns.first, energy.unit == .gigaElectronVolt else {
            throw StepFailure("\(dataset.file): the first column must be the bin-centre energy (a unit GeV, MeV, keV or eV)")
        }
        let known = Self.tallies.map(\.column)
        var values: [String: [Double]] = [:], errors: [String: [Double]] = [:]
        for column in dataset.columns.dropFirst() {
            let isError = column.name.hasSuffix("_error")
            let tally = isError ? String(column.name.dropLast("_error".count)) : column.name
            guard known.contains(tally) else {
                throw StepFailure(
                    "\(dataset.file): unknown column '\(column.name)'; expected some of \(known.joined(separator: ", "))"
                        + " and their _error columns")
            }
            guard column.unit == .centimetrePerGigaElectronVolt else {
                throw StepFailure(
                    "\(dataset.file): column '\(column.name)' must be a length per energy (cm/GeV, cm/MeV, mm/MeV), "
                        + "found \(column.declaredUnit.rawValue)")
            }
            if isError { errors[tally] = column.values } else { values[tally] = column.values }
        }
        if values.isEmpty {
            throw StepFailure("\(dataset.file): no track-length column; expected some of \(known.joined(separator: ", "))")
        }
        guard energy.values.count >= 2 else { throw StepFailure("\(dataset.file): expected at least 2 bins, found \(energy.values.count)") }
        let edges = Grid.logarithmicBinEdges(centres: energy.values)
        self.init(lowEdgesGeV: Array(edges.dropLast()), highEdgesGeV: Array(edges.dropFirst()), values: values, errors: errors)
    }
}
