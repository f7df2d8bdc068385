import Foundation

/// The fixed parts of the workbook package, written once the sheets are known.
enum XlsxPackageParts {
    /// `[Content_Types].xml` for `sheetCount` worksheets.
    static func contentTypes(sheetCount: Int) -> String {
        let sheets = (1...sheetCount).map {
            "<Override PartName=\"/xl/worksheets/sheet\($0).xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" \
            ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            <Override PartName="/docProps/core.xml" \
            ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
            <Override PartName="/xl/styles.xml" \
            ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
            \(sheets.joined())</Types>
            """
    }

    /// `_rels/.rels`: the workbook and its document properties.
    static let rootRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" \
        Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
        Target="xl/workbook.xml"/><Relationship Id="rId2" \
        Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" \
        Target="docProps/core.xml"/></Relationships>
        """

    /// `xl/_rels/workbook.xml.rels` for `sheetCount` worksheets and the styles.
    static func workbookRelationships(sheetCount: Int) -> String {
        let sheets = (1...sheetCount).map {
            "<Relationship Id=\"rId\($0)\" "
                + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                + "Target=\"worksheets/sheet\($0).xml\"/>"
        }
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            \(sheets.joined())<Relationship Id="rId\(sheetCount + 1)" \
            Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" \
            Target="styles.xml"/></Relationships>
            """
    }

    /// `xl/workbook.xml`: the sheets by name, and each filtered sheet's hidden filter range.
    static func workbook(sheetNames: [String], filterRanges: [Int: String]) -> String {
        let sheets = sheetNames.enumerated().map { index, name in
            "<sheet name=\"\(escapeAttribute(name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        let names = filterRanges.keys.sorted().map { index in
            "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(index)\" hidden=\"1\">'"
                + escapeAttribute(sheetNames[index]) + "'!" + absolute(filterRanges[index]!) + "</definedName>"
        }
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <bookViews><workbookView/></bookViews><sheets>\(sheets.joined())</sheets>\
            \(names.isEmpty ? "" : "<definedNames>\(names.joined())</definedNames>")</workbook>
            """
    }

    /// `A1:BM10` as `$A$1:$BM$10`.
    private static func absolute(_ range: String) -> String {
        range.split(separator: ":").map { corner in
            let letters = corner.prefix { $0.isLetter }
            return "$\(letters)$\(corner.dropFirst(letters.count))"
        }.joined(separator: ":")
    }

    /// Escapes text for an XML attribute or element.
    static func escapeAttribute(_ text: String) -> String {
        var bytes: [UInt8] = []
        var text = text
        text.withUTF8 { bytes.appendXMLText(UnsafeRawBufferPointer($0)) }
        return String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\"", with: "&quot;")
    }
}
