import Foundation
import Yams

/// Reads the variables and values of one HEPData data-file document, with YAML line numbers in every error.
struct DatasetHEPDataTableReader {
    /// A value read from the YAML and the line it sits on.
    struct LocatedValue {
        var value: Double
        var text: String
        var line: Int?
    }

    /// A dependent value: a number, or `nil` for a missing bin; and its line.
    struct LocatedOptionalValue {
        var value: Double?
        var text: String
        var line: Int
    }

    let file: String
    let root: Node

    /// The first independent variable and its energy unit.
    func massVariable() throws(DatasetError) -> (Node, DatasetUnit) {
        guard let variables = root["independent_variables"]?.sequence, let first = variables.first else {
            throw error(root, "independent_variables", expected: "a list with at least one independent variable (the mass)", found: nil)
        }
        let units = first["header"]?["units"]?.string ?? ""
        let spelling: [String: DatasetUnit] = [
            "gev": .gigaElectronVolt, "mev": .megaElectronVolt, "kev": .kiloElectronVolt, "ev": .electronVolt
        ]
        guard let unit = spelling[units.lowercased()] else {
            throw error(
                first["header"] ?? first, "independent_variables[0].header.units",
                expected: "an energy unit: GEV, MEV, KEV or EV", found: units)
        }
        return (first, unit)
    }

    /// The dependent variable whose header name is `name` (the first if `name` is nil), with its key path.
    func dependentVariable(named name: String?) throws(DatasetError) -> (String, Node) {
        guard let variables = root["dependent_variables"]?.sequence, !variables.isEmpty else {
            throw error(root, "dependent_variables", expected: "a list with at least one dependent variable", found: nil)
        }
        let index: Int
        if let name {
            guard let found = variables.firstIndex(where: { $0["header"]?["name"]?.string == name }) else {
                let names = variables.compactMap { $0["header"]?["name"]?.string }.map { "'\($0)'" }
                throw error(
                    root["dependent_variables"] ?? root, "dependent_variables",
                    expected: "a variable named '\(name)' (have \(names.joined(separator: ", ")))", found: nil)
            }
            index = found
        } else if variables.count > 1 {
            let names = variables.enumerated().map { index, variable in
                "'\(variable["header"]?["name"]?.string ?? "dependent_variables[\(index)]")'"
            }
            throw error(
                root["dependent_variables"] ?? root, "dependent_variables",
                expected: "one dependent variable, or the name of the one to import (--y NAME); "
                    + "this table has \(variables.count): \(names.joined(separator: ", "))",
                found: nil)
        } else {
            index = 0
        }
        let variable = variables[index]
        let path = "dependent_variables[\(index)]"
        if let units = variable["header"]?["units"]?.string, !units.isEmpty, DatasetUnit(spelling: units) != .dimensionless {
            throw error(variable, "\(path).header.units", expected: "no units (the coupling is dimensionless)", found: units)
        }
        return (path, variable)
    }

    /// The independent values: `value`, else the midpoint of `low` and `high`; each finite and positive.
    func independentValues(_ variable: Node, path: String) throws(DatasetError) -> [LocatedValue] {
        var result: [LocatedValue] = []
        for (index, item) in nodes(variable["values"]).enumerated() {
            let itemPath = "\(path).values[\(index)]"
            let value: Double?
            var text = item["value"]?.string ?? ""
            if let central = item["value"] {
                value = number(central)
            } else if let low = item["low"].flatMap(number), let high = item["high"].flatMap(number) {
                value = (low + high) / 2
                text = "\(value ?? 0)"
            } else {
                value = nil
            }
            guard let value, value > 0 else {
                throw error(
                    item, itemPath, expected: "'value' (or 'low' and 'high'): a positive finite number", found: item["value"]?.string)
            }
            result.append(LocatedValue(value: value, text: text, line: item.mark?.line))
        }
        return result
    }

    /// The dependent values: a positive finite number, or a non-numeric placeholder (`'-'`, `''`) for a missing bin.
    func dependentValues(_ variable: Node, path: String) throws(DatasetError) -> [LocatedOptionalValue] {
        var result: [LocatedOptionalValue] = []
        for (index, item) in nodes(variable["values"]).enumerated() {
            let itemPath = "\(path).values[\(index)].value"
            let line = item.mark?.line ?? 0
            guard let raw = item["value"] else {
                throw error(item, itemPath, expected: "a 'value' key", found: nil)
            }
            let text = raw.string ?? ""
            let isPlaceholder = text == "-" || text.isEmpty
            if isPlaceholder {
                result.append(LocatedOptionalValue(value: nil, text: text, line: line))
                continue
            }
            guard let value = number(raw), value > 0 else {
                throw error(item, itemPath, expected: "a positive finite number, or '-' for a missing bin", found: text)
            }
            result.append(LocatedOptionalValue(value: value, text: text, line: line))
        }
        return result
    }

    /// The `CL` qualifier of a dependent variable, e.g. `95%`, or `0.9` read as `90%`.
    func confidenceLevel(_ variable: Node, path: String) throws(DatasetError) -> String {
        let qualifiers = nodes(variable["qualifiers"])
        let qualifier = qualifiers.first { ($0["name"]?.string ?? "").uppercased() == "CL" }
        guard let text = qualifier?["value"]?.string else {
            throw error(
                variable, "\(path).qualifiers", expected: "a qualifier 'CL', or a confidence level in the import options",
                found: nil)
        }
        if DatasetLimitHeader.isConfidenceLevel(text) { return text }
        if let fraction = DatasetNumber.parse(text), fraction > 0, fraction < 1 {
            let percent = (fraction * 1e6).rounded() / 1e4
            return "\(percent)%".replacingOccurrences(of: ".0%", with: "%")
        }
        throw error(qualifier ?? variable, "\(path).qualifiers.CL", expected: "a confidence level such as '90%' or 0.9", found: text)
    }

    /// The items of a YAML sequence node; empty when the node is missing or not a sequence.
    private func nodes(_ node: Node?) -> [Node] {
        node?.sequence.map { Array($0) } ?? []
    }

    private func number(_ node: Node) -> Double? {
        node.string.flatMap(DatasetNumber.parse)
    }

    private func error(_ node: Node, _ path: String, expected: String, found: String?) -> DatasetError {
        DatasetError(file: file, line: node.mark?.line, subject: .yamlKey(path), expected: expected, found: found)
    }
}
