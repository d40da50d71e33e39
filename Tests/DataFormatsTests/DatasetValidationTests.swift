import Testing

@testable import DataFormats

/// Parses `text` as a limit dataset named `test.csv` and returns the error message, or nil if it parsed.
private func errorMessage(_ text: String) -> String? {
    do {
        _ = try ExternalLimitDatasetParser.parse(text: text, file: "test.csv")
        return nil
    } catch {
        return error.description
    }
}

@Suite("Dataset format: parsing and validation")
struct DatasetValidationTests {
    @Test func validCurveParsesWithGapAndMeVConvertedToGeV() throws {
        let dataset = try ExternalLimitDatasetParser.parse(text: DatasetFixtures.validCurve, file: "test.csv")
        #expect(dataset.name == "test-curve")
        #expect(dataset.kind == .upperLimitCurve)
        #expect(dataset.model == .lMuLTauVanilla)
        #expect(dataset.coupling == .gPrime)
        #expect(dataset.mass == DatasetQuantity(name: "m_Z'", unit: .megaElectronVolt))
        #expect(dataset.provenance.origin.category == .computed)
        #expect(dataset.segments.count == 2)
        #expect(dataset.segments[0].massesInGeV == [1e-3, 2.5e-3])
        #expect(dataset.segments[0].couplings == [1e-3, 2e-3])
        #expect(dataset.segments[1].massesInGeV == [4e-3, 5e-3])
        #expect(dataset.segments[1].lines == [17, 18])
        #expect(dataset.pointCount == 4)
        #expect(dataset.massRangeInGeV == 1e-3...5e-3)
    }

    @Test func crlfLineEndingsAndTrailingBlankLinesAreAccepted() throws {
        let text = DatasetFixtures.validCurveLines.joined(separator: "\r\n") + "\r\n\r\n"
        let dataset = try ExternalLimitDatasetParser.parse(text: text, file: "test.csv")
        #expect(dataset.pointCount == 4)
    }

    @Test func nonNumericValue() {
        #expect(
            errorMessage(DatasetFixtures.curve(replacingLine: 15, with: "2.5,abc"))
                == "test.csv:15: column 'y': expected a positive finite number, found 'abc'")
    }

    @Test func notANumber() {
        #expect(
            errorMessage(DatasetFixtures.curve(replacingLine: 14, with: "nan,1e-3"))
                == "test.csv:14: column 'x': expected a positive finite number, found 'nan'")
    }

    @Test func infinity() {
        #expect(
            errorMessage(DatasetFixtures.curve(replacingLine: 17, with: "4,inf"))
                == "test.csv:17: column 'y': expected a positive finite number, found 'inf'")
    }

    @Test func negativeValue() {
        #expect(
            errorMessage(DatasetFixtures.curve(replacingLine: 18, with: "5,-3e-4"))
                == "test.csv:18: column 'y': expected a positive finite number, found '-3e-4'")
    }

    @Test func zeroMass() {
        #expect(
            errorMessage(DatasetFixtures.curve(replacingLine: 14, with: "0,1e-3"))
                == "test.csv:14: column 'x': expected a positive finite number, found '0'")
    }

    @Test func unsortedMass() {
        #expect(
            errorMessage(DatasetFixtures.curve(replacingLine: 15, with: "0.5,2e-3"))
                == "test.csv:15: column 'x': expected a value above the previous row's 1 (line 14): masses must strictly increase "
                + "within a segment, found '0.5'"
        )
    }

    @Test func repeatedMass() {
        #expect(
            errorMessage(DatasetFixtures.curve(replacingLine: 18, with: "4,4e-3"))?.hasPrefix(
                "test.csv:18: column 'x': expected a value above the previous row's 4 (line 17)") == true)
    }

    @Test func massMayDecreaseAcrossAGap() throws {
        let text = DatasetFixtures.curve(replacingLine: 17, with: "0.5,3e-3")
        let dataset = try ExternalLimitDatasetParser.parse(text: text, file: "test.csv")
        #expect(dataset.segments[1].massesInGeV == [0.5e-3, 5e-3])
    }

    @Test func unknownUnit() {
        #expect(
            errorMessage(DatasetFixtures.curve(replacingLine: 8, with: "# x: m_Z' [TeV]"))
                == "test.csv:8: header key 'x': expected 'NAME [UNIT]' with UNIT one of GeV, MeV, keV, eV, e.g. \"m_Z' [GeV]\", found "
                + "'m_Z' [TeV]'"
        )
    }

    @Test func couplingWithAUnit() {
        #expect(
            errorMessage(DatasetFixtures.curve(replacingLine: 9, with: "# y: g' [GeV]"))
                == "test.csv:9: header key 'y': expected 'NAME [1]' with NAME one of 'g'', 'g'/e', 'epsilon', 'y' and a dimensionless "
                + "unit, found 'g' [GeV]'"
        )
    }

    @Test func missingHeaderField() {
        #expect(
            errorMessage(DatasetFixtures.curve(replacingLine: 12, with: nil))
                == "test.csv:12: header key 'licence': expected a line '# licence: …' (the licence of the numbers) in the header block, "
                + "which ends here"
        )
    }

    @Test func missingPaperIdentifier() {
        #expect(
            errorMessage(DatasetFixtures.curve(replacingLine: 6, with: nil))
                == "test.csv:12: header key 'paper-arxiv': expected '# paper-arxiv: …' or '# paper-doi: …' (at least one) in the header "
                + "block, which ends here"
        )
    }

    @Test func unknownHeaderKey() {
        #expect(
            errorMessage(DatasetFixtures.curve(replacingLine: 12, with: "# license: CC0-1.0"))?.hasPrefix(
                "test.csv:12: header key 'license': expected one of the keys name, kind, origin, licence,") == true)
    }

    @Test func repeatedHeaderKey() {
        #expect(
            errorMessage(DatasetFixtures.curve(replacingLine: 4, with: "# name: again"))
                == "test.csv:4: header key 'name': expected the key only once, found 'a repeated key'")
    }

    @Test func unknownModel() {
        #expect(
            errorMessage(DatasetFixtures.curve(replacingLine: 7, with: "# model: B-L"))
                == "test.csv:7: header key 'model': expected one of 'L_mu-L_tau vanilla', 'L_mu-L_tau dark', 'L_mu-L_tau any decay', "
                + "'dark photon (needs recast)', found 'B-L'"
        )
    }

    @Test func badConfidenceLevel() {
        #expect(
            errorMessage(DatasetFixtures.curve(replacingLine: 10, with: "# confidence-level: high"))
                == "test.csv:10: header key 'confidence-level': expected a percentage such as '90%' or a number of standard deviations "
                + "such as '2 sigma', found 'high'"
        )
    }

    @Test func badOrigin() {
        #expect(
            errorMessage(DatasetFixtures.curve(replacingLine: 11, with: "# origin: somewhere"))?.hasPrefix(
                "test.csv:11: header key 'origin': expected a value starting with one of 'official table …'") == true)
    }

    @Test func missingFormatVersion() {
        #expect(
            errorMessage(DatasetFixtures.curve(replacingLine: 1, with: "# format: dataset 2"))
                == "test.csv:1: format version: expected '# format: dataset N' as the first line, N one of 1, found '2'")
        // The spelling before the markers were unified still reads, and names its version the same way.
        #expect(
            errorMessage(DatasetFixtures.curve(replacingLine: 1, with: "# dataset-format: 2"))
                == "test.csv:1: format version: expected '# format: dataset N' as the first line, N one of 1, found '2'")
    }

    @Test func tooFewPointsInASegment() {
        #expect(
            errorMessage(DatasetFixtures.curve(replacingLine: 18, with: nil))
                == "test.csv:17: row: expected at least 2 points in each segment (a segment ends at a gap marker or at the end of the "
                + "file), found '1 point'"
        )
    }

    @Test func tooFewPointsBeforeAGap() {
        #expect(
            errorMessage(DatasetFixtures.curve(replacingLine: 15, with: nil))
                == "test.csv:14: row: expected at least 2 points in each segment (a segment ends at a gap marker or at the end of the "
                + "file), found '1 point'"
        )
    }

    @Test func noPointsAtAll() {
        let text = DatasetFixtures.validCurveLines.prefix(13).joined(separator: "\n")
        #expect(
            errorMessage(text)
                == "test.csv:13: row: expected at least 2 points in each segment (a segment ends at a gap marker or at the end of the "
                + "file), found '0 points'"
        )
    }

    @Test func gapAtTheEnd() {
        #expect(
            errorMessage(DatasetFixtures.curve(replacingLine: 18, with: "gap"))
                == "test.csv:18: row: expected a gap marker only between two runs of points, found 'gap'")
    }

    @Test func wrongFieldCount() {
        #expect(
            errorMessage(DatasetFixtures.curve(replacingLine: 14, with: "1,1e-3,7"))
                == "test.csv:14: row: expected 2 comma-separated fields (x,y), found '3 fields: 1,1e-3,7'")
    }

    @Test func wrongCSVHeader() {
        #expect(
            errorMessage(DatasetFixtures.curve(replacingLine: 13, with: "m,g"))
                == "test.csv:13: CSV header: expected 'x,y' for kind 'upper-limit curve', found 'm,g'")
    }

    @Test func emptyLineInBody() {
        #expect(
            errorMessage(DatasetFixtures.curve(replacingLine: 16, with: ""))
                == "test.csv:16: row: expected a data row or 'gap' (empty lines are not allowed in the body), found 'an empty line'")
    }

    @Test func tableKindIsRefusedAsALimit() {
        #expect(
            errorMessage(DatasetFixtures.curve(replacingLine: 3, with: "# kind: table"))
                == "test.csv:3: header key 'kind': expected 'upper-limit curve', 'band edges', 'closed region' or 'projection' in an "
                + "external-limit dataset, found 'table'"
        )
    }

    @Test func bandEdgesNeedUpperAboveLower() {
        var lines = DatasetFixtures.validCurveLines
        lines[2] = "# kind: band edges"
        lines[12] = "x,y_lower,y_upper"
        lines[13] = "1,1e-3,2e-3"
        lines[14] = "2.5,2e-3,3e-3"
        lines[16] = "4,3e-3,1e-3"
        lines[17] = "5,4e-3,5e-3"
        #expect(
            errorMessage(lines.joined(separator: "\n"))
                == "test.csv:17: column 'y_upper': expected a value not below y_lower = 3e-3, found '1e-3'")
        lines[16] = "4,3e-3,4e-3"
        let dataset = try? ExternalLimitDatasetParser.parse(text: lines.joined(separator: "\n"), file: "test.csv")
        #expect(dataset?.segments[1].upperCouplings == [4e-3, 5e-3])
    }

    @Test func closedRegionAllowsAnyMassOrderButNeedsThreePoints() throws {
        var lines = Array(DatasetFixtures.validCurveLines.prefix(13))
        lines[2] = "# kind: closed region"
        let twoPoints = (lines + ["2,1e-3", "1,2e-3"]).joined(separator: "\n")
        #expect(errorMessage(twoPoints)?.contains("expected at least 3 points in each segment") == true)
        let region = try ExternalLimitDatasetParser.parse(
            text: (lines + ["2,1e-3", "1,2e-3", "3,3e-3"]).joined(separator: "\n"), file: "test.csv")
        #expect(region.segments[0].massesInGeV == [2e-3, 1e-3, 3e-3])
    }

    @Test func errorMessageWithoutLineOrFound() {
        let error = DatasetError(file: "x.csv", line: nil, subject: .file, expected: "a readable file", found: nil)
        #expect(error.description == "x.csv: file: expected a readable file")
    }

    @Test func missingFileIsAnError() {
        #expect(throws: DatasetError.self) {
            _ = try DatasetFileLoader.loadLimit(path: "/nonexistent/definitely-missing.csv")
        }
    }
}
