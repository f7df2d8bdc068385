/// The XML around a worksheet's rows: dimension, frozen header pane, column widths, and the
/// auto-filter after the rows.
enum XlsxSheetXML {
    /// Everything before the first data row, header row included.
    static func opening(columns: [XlsxColumn], rows: Int, frozenHeader: Bool) -> [UInt8] {
        var xml: [UInt8] = []
        xml.append(
            """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref="
            """)
        xml.append(contentsOf: XlsxAddress.range(columns: columns.count, rows: rows).utf8)
        xml.append("\"/><sheetViews><sheetView workbookViewId=\"0\">")
        if frozenHeader {
            xml.append("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>")
        }
        xml.append("</sheetView></sheetViews><cols>")
        for (index, column) in columns.enumerated() {
            xml.append(
                contentsOf:
                    "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(column.width)\" customWidth=\"1\"/>".utf8)
        }
        xml.append("</cols><sheetData>")
        return xml
    }

    /// Everything after the last row; `filter` is the auto-filter range, if any.
    static func closing(filter: String?) -> [UInt8] {
        var xml: [UInt8] = []
        xml.append("</sheetData>")
        if let filter { xml.append(contentsOf: "<autoFilter ref=\"\(filter)\"/>".utf8) }
        xml.append("</worksheet>")
        return xml
    }
}
