import ExportFiles
import Testing

/// CSV cells (docs/files.md §13): separator, quoting, decimals, booleans, dates, empty values.
@Suite struct CsvFormatterTests {
    /// The text of one row written by `cells`.
    private func row(_ cells: (inout CsvRowFormatter) -> Void) -> String {
        var formatter = CsvRowFormatter(header: ["a", "b"])
        _ = formatter.takeChunks()
        cells(&formatter)
        formatter.endRow()
        return String(decoding: formatter.takeChunks().flatMap(\.bytes), as: UTF8.self)
    }

    @Test func writesTheHeaderWithCRLF() {
        var formatter = CsvRowFormatter(header: ["journey_id", "status"])
        #expect(String(decoding: formatter.takeChunks().flatMap(\.bytes), as: UTF8.self) == "journey_id;status\r\n")
    }

    @Test func quotesOnlyWhatRFC4180Requires() {
        let text = row {
            $0.text("plain")
            $0.text("a;b")
            $0.text("say \"hi\"")
            $0.text("two\nlines")
        }
        #expect(text == "plain;\"a;b\";\"say \"\"hi\"\"\";\"two\nlines\"\r\n")
    }

    @Test func writesNumbersWithoutTrailingZeros() {
        let text = row {
            $0.decimal(ScaledDecimal(units: 1250, scale: 2))
            $0.decimal(ScaledDecimal(units: 1200, scale: 2))
            $0.decimal(ScaledDecimal(units: -5, scale: 2))
            $0.decimal(ScaledDecimal(units: 12_345, scale: 3))
        }
        #expect(text == "12.5;12;-0.05;12.345\r\n")
    }

    @Test func writesBooleansDatesAndEmptyCells() {
        let text = row {
            $0.boolean(true)
            $0.boolean(false)
            $0.empty()
            $0.date(LocalDateTime(day: 20_094, second: 0))
            $0.time(LocalDateTime(day: 0, second: 8 * 3600 + 600))
            $0.duration(seconds: 30 * 3600 + 61)
            $0.empty()
        }
        #expect(text == "OUI;NON;;2025-01-06;08:10:00;30:01:01;\r\n")
    }
}
