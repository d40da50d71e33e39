import Foundation
import BuildEngine
import DataFormats

extension BinnedTrackLengths {
    /// The tallies of an imported `kind: table` dataset (docs/PHYSICS.md §8, method 3; docs/DATASETS.md).
    ///
    /// The first column is the bin centre (an energy); the others are any of the four tally
    /// columns and their `_error` columns, in a length-per-energy unit (absent ones are zeros).
    /// Bins are taken as logarithmic: inner edges at the geometric means of neighbouring centres,
    /// outer edges mirrored in ln E, so each centre is the geometric mean of its edges.
    init(importedTable dataset: DatasetColumnTable) throws {
        guard let energy = dataset.columns.first, energy.unit == .gigaElectronVolt else {
            throw StepFailure("\(dataset.file): the first column must be the bin-centre energy (a unit GeV, MeV, keV or eV)")
        }
        let known = Self.tallies.map(\.column)
        values = [:]
        errors = [:]
        for column in dataset.columns.dropFirst() {
            let isError = column.name.hasSuffix("_error")
            let tally = isError ? String(column.name.dropLast("_error".count)) : column.name
            guard known.contains(tally) else {
                throw StepFailure("\(dataset.file): unknown column '\(column.name)'; expected some of \(known.joined(separator: ", ")) and their _error columns")
            }
            guard column.unit == .centimetrePerGigaElectronVolt else {
                throw StepFailure("\(dataset.file): column '\(column.name)' must be a length per energy (cm/GeV, cm/MeV, mm/MeV), found \(column.declaredUnit.rawValue)")
            }
            if isError { errors[tally] = column.values } else { values[tally] = column.values }
        }
        if values.isEmpty { throw StepFailure("\(dataset.file): no track-length column; expected some of \(known.joined(separator: ", "))") }
        let centers = energy.values
        var inner: [Double] = []
        for index in 0..<(centers.count - 1) { inner.append((centers[index] * centers[index + 1]).squareRoot()) }
        let first = centers[0] * centers[0] / inner[0]
        let last = centers[centers.count - 1] * centers[centers.count - 1] / inner[inner.count - 1]
        lowEdgesGeV = [first] + inner
        highEdgesGeV = inner + [last]
    }
}
