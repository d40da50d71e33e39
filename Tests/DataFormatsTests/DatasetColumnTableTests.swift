import Testing

@testable import DataFormats

/// A track-length table as exported from Geant4 (mm per MeV), lines 1–9 header, 10 CSV header, 11–13 rows.
private let trackLengthLines = [
    "# format: dataset 1",
    "# name: track-lengths-geant4",
    "# kind: table",
    "# column: E [MeV] kinetic energy, bin centre",
    "# column: electrons_lead [mm/MeV] differential track length of electrons in lead per primary",
    "# column: positrons_lead [mm/MeV] differential track length of positrons in lead per primary",
    "# origin: simulated by Geant4 11.2 (test fixture)",
    "# licence: CC0-1.0",
    "# notes: 100 GeV electrons on the NA64 ECAL",
    "E,electrons_lead,positrons_lead",
    "500,12.5,3.0",
    "1000,6.0,1.5",
    "2000,2.9,0"
]

private func tableError(_ lines: [String]) -> String? {
    do {
        _ = try DatasetColumnTableParser.parse(text: lines.joined(separator: "\n"), file: "tracks.csv")
        return nil
    } catch {
        return error.description
    }
}

@Suite("Dataset format: column tables")
struct DatasetColumnTableTests {
    @Test func parsesAndConvertsToCanonicalUnits() throws {
        let table = try DatasetColumnTableParser.parse(text: trackLengthLines.joined(separator: "\n"), file: "tracks.csv")
        #expect(table.name == "track-lengths-geant4")
        #expect(table.columns.map(\.name) == ["E", "electrons_lead", "positrons_lead"])
        #expect(table.columns[0].values == [0.5, 1.0, 2.0])
        #expect(table.columns[0].unit == .gigaElectronVolt)
        #expect(table.column(named: "electrons_lead")?.values == [1250, 600, 290])
        #expect(table.column(named: "electrons_lead")?.unit == .centimetrePerGigaElectronVolt)
        #expect(table.column(named: "positrons_lead")?.values.last == 0)
        #expect(table.columns[1].description.hasPrefix("differential track length"))
        #expect(table.provenance.origin.category == .simulated)
        #expect(table.provenance.notes == ["100 GeV electrons on the NA64 ECAL"])
    }

    @Test func unknownUnitInAColumnDeclaration() {
        var lines = trackLengthLines
        lines[4] = "# column: electrons_lead [furlong] track length"
        #expect(
            tableError(lines)
                == "tracks.csv:5: header key 'column': expected a unit, one of GeV, MeV, keV, eV, cm, mm, m, cm/GeV, cm/MeV, mm/MeV, "
                + "cm^2, 1, found 'furlong'"
        )
    }

    @Test func negativeValueNamesTheColumn() {
        var lines = trackLengthLines
        lines[11] = "1000,-6.0,1.5"
        #expect(
            tableError(lines) == "tracks.csv:12: column 'electrons_lead': expected a finite number, zero or positive, found '-6.0'")
    }

    @Test func abscissaMustIncrease() {
        var lines = trackLengthLines
        lines[12] = "900,2.9,0"
        #expect(
            tableError(lines)
                == "tracks.csv:13: column 'E': expected a value above the previous row's 1000.0 (line 12): the first column must "
                + "strictly increase, found '900'"
        )
    }

    @Test func csvHeaderMustMatchTheDeclarations() {
        var lines = trackLengthLines
        lines[9] = "E,positrons_lead,electrons_lead"
        #expect(
            tableError(lines)
                == "tracks.csv:10: CSV header: expected 'E,electrons_lead,positrons_lead', the names of the '# column:' lines in order, "
                + "found 'E,positrons_lead,electrons_lead'"
        )
    }

    @Test func missingColumnDeclarations() {
        let lines = trackLengthLines.filter { !$0.hasPrefix("# column:") }
        #expect(
            tableError(lines)
                == "tracks.csv:7: header key 'column': expected at least two lines '# column: NAME [UNIT] description' in the header "
                + "block, which ends here"
        )
    }

    @Test func gapsAreNotAllowedInTables() {
        var lines = trackLengthLines
        lines.insert("gap", at: 11)
        #expect(tableError(lines) == "tracks.csv:12: row: expected a data row (gap markers are for limit datasets only), found 'gap'")
    }

    @Test func tooFewRows() {
        let lines = Array(trackLengthLines.prefix(11))
        #expect(tableError(lines) == "tracks.csv:11: row: expected at least 2 data rows, found '1'")
    }
}
