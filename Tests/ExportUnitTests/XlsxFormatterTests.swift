import ExportFiles
import Foundation
import Testing

/// The worksheet XML of `XlsxRowFormatter`: compact cells, escaping, sheet rollover.
@Suite struct XlsxFormatterTests {
    private let columns = [XlsxColumn(name: "a", width: 10), XlsxColumn(name: "b", width: 12)]

    /// The XML of every chunk, by sheet.
    private func sheets(_ formatter: inout XlsxRowFormatter) -> [Int: String] {
        formatter.finish()
        var parts: [Int: String] = [:]
        for chunk in formatter.takeChunks() {
            parts[chunk.part, default: ""] += String(decoding: chunk.bytes, as: UTF8.self)
        }
        return parts
    }

    @Test func writesCompactCellsWithoutReferences() {
        var formatter = XlsxRowFormatter(columns: columns, maxRowsPerSheet: 10, expectedRows: 1)
        formatter.beginRow()
        formatter.decimal(ScaledDecimal(units: 1250, scale: 2))
        formatter.empty()
        formatter.endRow()
        let xml = sheets(&formatter)[1] ?? ""
        #expect(xml.contains("<row><c><v>12.5</v></c><c/></row>"))
        #expect(xml.contains("<dimension ref=\"A1:B2\"/>"))
        #expect(xml.contains("<autoFilter ref=\"A1:B2\"/>"))
        #expect(!xml.contains(" r=\""))
    }

    @Test func escapesMarkupAndDropsControlCharacters() {
        var formatter = XlsxRowFormatter(columns: columns, maxRowsPerSheet: 10, expectedRows: 1)
        formatter.beginRow()
        formatter.text("a<b>&c\u{1}\u{FFFE}d")
        formatter.text(" padded ")
        formatter.endRow()
        let xml = sheets(&formatter)[1] ?? ""
        #expect(xml.contains("<is><t>a&lt;b&gt;&amp;cd</t></is>"))
        #expect(xml.contains("<t xml:space=\"preserve\"> padded </t>"))
    }

    @Test func writesDatesAsSerialNumbersWithTheirStyles() {
        var formatter = XlsxRowFormatter(columns: columns, maxRowsPerSheet: 10, expectedRows: 1)
        formatter.beginRow()
        formatter.dateTime(LocalDateTime(day: 20_094, second: 8 * 3600 + 600))
        formatter.time(LocalDateTime(day: 20_094, second: 0))
        formatter.endRow()
        let xml = sheets(&formatter)[1] ?? ""
        #expect(xml.contains("<c s=\"2\"><v>45663.34027777777"))
        #expect(xml.contains("<c s=\"4\"><v>0</v></c>"))
    }

    @Test func startsANewSheetWithTheHeaderWhenOneIsFull() {
        var formatter = XlsxRowFormatter(columns: columns, maxRowsPerSheet: 2, expectedRows: 3)
        for _ in 0..<3 {
            formatter.beginRow()
            formatter.boolean(true)
            formatter.empty()
            formatter.endRow()
        }
        let parts = sheets(&formatter)
        #expect(parts.keys.sorted() == [1, 2])
        #expect(parts[1]?.components(separatedBy: "<row>").count == 4)
        #expect(parts[2]?.components(separatedBy: "<row>").count == 3)
        #expect(parts[2]?.contains("<c s=\"1\" t=\"inlineStr\"><is><t>a</t></is></c>") == true)
        #expect(formatter.filterRanges == ["A1:B3", "A1:B2"])
    }
}
