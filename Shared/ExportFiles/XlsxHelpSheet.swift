/// A small sheet of text written at once (the `Aide` sheet): rows of text cells, some bold.
package struct XlsxHelpSheet: Sendable, Equatable {
    /// The sheet's name.
    package var name: String
    /// The rows, each a list of text cells (an empty string is an empty cell).
    package var rows: [[String]]
    /// Indexes of the rows written in bold.
    package var boldRows: Set<Int>
    /// Column widths in characters.
    package var widths: [Double]

    /// Creates a sheet.
    package init(name: String, rows: [[String]], boldRows: Set<Int>, widths: [Double]) {
        self.name = name
        self.rows = rows
        self.boldRows = boldRows
        self.widths = widths
    }

    /// The worksheet XML.
    func xml() -> [UInt8] {
        let columns = widths.map { XlsxColumn(name: "", width: $0) }
        var xml = XlsxSheetXML.opening(columns: columns, rows: rows.count, frozenHeader: false)
        for (index, row) in rows.enumerated() {
            xml.append("<row>")
            for cell in row {
                if cell.isEmpty {
                    xml.append("<c/>")
                } else {
                    xml.appendInlineStringCell(cell, bold: boldRows.contains(index))
                }
            }
            xml.append("</row>")
        }
        xml.append(contentsOf: XlsxSheetXML.closing(filter: nil))
        return xml
    }
}
