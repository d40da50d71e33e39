/// Parsing of the header keys specific to limit datasets: paper, mass and coupling axes, confidence level.
enum DatasetLimitHeader {
    /// Reads `paper-title` (required), `paper-arxiv` / `paper-doi` (at least one) and `paper-reference`.
    static func paper(_ reader: DatasetHeaderReader) throws(DatasetError) -> DatasetPaper {
        let title = try reader.required("paper-title", meaning: "the paper's title").value
        let arXivEntry = reader.optional("paper-arxiv")
        let doiEntry = reader.optional("paper-doi")
        if let arXivEntry, !isArXivIdentifier(arXivEntry.value) {
            throw reader.invalid(
                arXivEntry, expected: "an arXiv identifier such as '1606.03501' or 'hep-ph/0412345', without 'arXiv:'")
        }
        if let doiEntry, !(doiEntry.value.hasPrefix("10.") && doiEntry.value.contains("/")) {
            throw reader.invalid(doiEntry, expected: "a DOI such as '10.1103/PhysRevD.94.011102', without 'doi:'")
        }
        if arXivEntry == nil, doiEntry == nil {
            throw DatasetError(
                file: reader.file, line: reader.endOfHeaderLine, subject: .headerKey("paper-arxiv"),
                expected: "'# paper-arxiv: …' or '# paper-doi: …' (at least one) in the header block, which ends here",
                found: nil)
        }
        return DatasetPaper(
            title: title, arXiv: arXivEntry?.value, doi: doiEntry?.value,
            reference: reader.optional("paper-reference")?.value)
    }

    /// Reads `x`: `NAME [UNIT]` with an energy unit.
    static func mass(_ reader: DatasetHeaderReader) throws(DatasetError) -> DatasetQuantity {
        let entry = try reader.required("x", meaning: "the mass axis, 'NAME [UNIT]'")
        let energyUnits = DatasetUnit.allCases.filter { $0.dimension == .energy }.map(\.rawValue)
        let expected = "'NAME [UNIT]' with UNIT one of \(energyUnits.joined(separator: ", ")), e.g. \"m_Z' [GeV]\""
        guard let parts = DatasetQuantity.split(entry.value), !parts.name.isEmpty, parts.rest.isEmpty,
            let unit = DatasetUnit(spelling: parts.unit), unit.dimension == .energy
        else { throw reader.invalid(entry, expected: expected) }
        return DatasetQuantity(name: parts.name, unit: unit)
    }

    /// Reads `y`: a known coupling with a dimensionless unit, e.g. `g' [1]`.
    static func coupling(_ reader: DatasetHeaderReader) throws(DatasetError) -> DatasetCoupling {
        let entry = try reader.required("y", meaning: "the coupling axis, 'NAME [1]'")
        let names = DatasetCoupling.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        let expected = "'NAME [1]' with NAME one of \(names) and a dimensionless unit"
        guard let parts = DatasetQuantity.split(entry.value), parts.rest.isEmpty,
            let coupling = DatasetCoupling(rawValue: parts.name),
            DatasetUnit(spelling: parts.unit) == .dimensionless
        else { throw reader.invalid(entry, expected: expected) }
        return coupling
    }

    /// Reads `confidence-level`: `NN%` or `N sigma`.
    static func confidenceLevel(_ reader: DatasetHeaderReader) throws(DatasetError) -> String {
        let entry = try reader.required("confidence-level", meaning: "e.g. '90%' or '2 sigma'")
        guard isConfidenceLevel(entry.value) else {
            throw reader.invalid(entry, expected: "a percentage such as '90%' or a number of standard deviations such as '2 sigma'")
        }
        return entry.value
    }

    static func isConfidenceLevel(_ text: String) -> Bool {
        if text.hasSuffix("%"), let percent = DatasetNumber.parse(String(text.dropLast())) {
            return percent > 0 && percent < 100
        }
        if text.hasSuffix(" sigma"), let count = DatasetNumber.parse(String(text.dropLast(6))) {
            return count > 0
        }
        return false
    }

    static func isArXivIdentifier(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count == 2, parts[0].count == 4, (4...5).contains(parts[1].count),
            (parts[0] + parts[1]).allSatisfy({ $0.isASCII && $0.isNumber })
        {
            return true
        }
        let oldStyle = text.split(separator: "/", omittingEmptySubsequences: false)
        return oldStyle.count == 2 && !oldStyle[0].isEmpty && oldStyle[1].count == 7
            && oldStyle[1].allSatisfy { $0.isASCII && $0.isNumber }
            && oldStyle[0].allSatisfy { $0.isASCII && ($0.isLetter || $0 == "-" || $0 == ".") }
    }
}
