import Foundation

/// Writes an XLSX package with minizip: the data sheets as their chunks arrive, then the help
/// sheet and the workbook parts.
///
/// `@unchecked Sendable`: the archive is not thread-safe, but `withOverlappedConsumer` hands it
/// one chunk at a time and waits for each write before the next, and `finish` runs after the
/// last; so it is used by one thread at a time, in order.
package final class XlsxPackageWriter: ChunkConsumer, @unchecked Sendable {
    private let archive: ZipArchive
    private let level: Int
    private var currentSheet = 0

    /// Creates the package at `path`; parts are deflated at zlib `level`.
    package init(path: String, level: Int) throws {
        archive = try ZipArchive(creatingAt: path)
        self.level = level
    }

    /// Writes a chunk of sheet XML, opening the sheet's part when the chunk starts a new sheet.
    package func consume(_ chunk: FileChunk) throws {
        if chunk.part != currentSheet {
            if currentSheet != 0 { try archive.endEntry() }
            try archive.beginEntry("xl/worksheets/sheet\(chunk.part).xml", compression: .deflated(level: level))
            currentSheet = chunk.part
        }
        try archive.write(chunk.bytes)
    }

    /// Adds `help` after the `dataSheets` data sheets (named `baseName`, `baseName (2)`…), the
    /// workbook, its relationships, styles, document `properties` and content types, and closes
    /// the file.
    package func finish(
        dataSheets: Int, baseName: String, filterRanges: [String], help: XlsxHelpSheet,
        properties: XlsxDocumentProperties
    ) throws {
        if currentSheet != 0 { try archive.endEntry() }
        let helpNumber = dataSheets + 1
        try add("xl/worksheets/sheet\(helpNumber).xml", help.xml())
        let names = (1...dataSheets).map { XlsxAddress.dataSheetName(baseName, number: $0) } + [help.name]
        let filters = Dictionary(uniqueKeysWithValues: filterRanges.enumerated().map { ($0.offset, $0.element) })
        try add("xl/workbook.xml", Array(XlsxPackageParts.workbook(sheetNames: names, filterRanges: filters).utf8))
        try add(
            "xl/_rels/workbook.xml.rels", Array(XlsxPackageParts.workbookRelationships(sheetCount: helpNumber).utf8))
        try add("xl/styles.xml", Array(XlsxStyle.stylesXML.utf8))
        try add("docProps/core.xml", Array(properties.xml().utf8))
        try add("_rels/.rels", Array(XlsxPackageParts.rootRelationships.utf8))
        try add("[Content_Types].xml", Array(XlsxPackageParts.contentTypes(sheetCount: helpNumber).utf8))
        try archive.close()
    }

    private func add(_ name: String, _ bytes: [UInt8]) throws {
        try archive.beginEntry(name, compression: .deflated(level: level))
        try archive.write(bytes)
        try archive.endEntry()
    }
}
