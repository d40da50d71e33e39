import Yams

/// What a HEPData `submission.yaml` says about the record and about one of its tables.
struct DatasetHEPDataSubmission {
    var recordDOI: String?
    var arXiv: String?
    var inspireID: String?
    var tableName: String?
    var tableLocation: String?
    var tableDescription: String?
    var tableDOI: String?
    var licence: String?

    /// Reads the record-level document (the one without `data_file`) and the table whose `data_file` is `dataFileName`.
    static func read(yaml: String, file: String, dataFileName: String) throws(DatasetError) -> DatasetHEPDataSubmission {
        let documents = try DatasetHEPDataYAML.documents(yaml: yaml, file: file)
        var result = DatasetHEPDataSubmission()
        var foundTable = false
        for document in documents {
            if let dataFile = document["data_file"]?.string {
                guard dataFile == dataFileName else { continue }
                foundTable = true
                result.tableName = document["name"]?.string
                result.tableLocation = document["location"]?.string
                result.tableDescription = document["description"]?.string
                result.tableDOI = document["table_doi"]?.string
                result.licence = document["data_license"]?["name"]?.string
            } else {
                result.recordDOI = document["hepdata_doi"]?.string
                for record in document["record_ids"]?.sequence.map({ Array($0) }) ?? [] {
                    let identifier = record["id"]?.string
                    switch record["type"]?.string?.lowercased() {
                    case "arxiv": result.arXiv = identifier.map { $0.hasPrefix("arXiv:") ? String($0.dropFirst(6)) : $0 }
                    case "inspire": result.inspireID = identifier
                    default: break
                    }
                }
            }
        }
        guard foundTable else {
            throw DatasetError(
                file: file, line: nil, subject: .yamlKey("data_file"),
                expected: "a table entry with 'data_file: \(dataFileName)'", found: nil)
        }
        return result
    }
}
