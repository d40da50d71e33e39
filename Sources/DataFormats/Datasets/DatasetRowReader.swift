/// Reads the numeric fields of one CSV data row, naming the column of any bad field.
enum DatasetRowReader {
    /// The row's values, each a finite number; `positive` additionally requires > 0 (else ≥ 0).
    static func values(
        _ fields: [String], columnNames: [String], line: Int, file: String, positive: Bool
    ) throws(DatasetError) -> [Double] {
        guard fields.count == columnNames.count else {
            throw DatasetError(
                file: file, line: line, subject: .row,
                expected: "\(columnNames.count) comma-separated fields (\(columnNames.joined(separator: ",")))",
                found: "\(fields.count) field\(fields.count == 1 ? "" : "s"): \(fields.joined(separator: ","))")
        }
        var values: [Double] = []
        values.reserveCapacity(fields.count)
        for (field, column) in zip(fields, columnNames) {
            let requirement = positive ? "a positive finite number" : "a finite number, zero or positive"
            guard let value = DatasetNumber.parse(field), positive ? value > 0 : value >= 0 else {
                throw DatasetError(
                    file: file, line: line, subject: .column(column), expected: requirement, found: field)
            }
            values.append(value)
        }
        return values
    }

    /// The row's values, each finite and positive.
    static func positiveValues(
        _ fields: [String], columnNames: [String], line: Int, file: String
    ) throws(DatasetError) -> [Double] {
        try values(fields, columnNames: columnNames, line: line, file: file, positive: true)
    }
}
