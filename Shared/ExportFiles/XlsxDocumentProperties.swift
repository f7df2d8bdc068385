package import Foundation

/// What a workbook says of itself in `docProps/core.xml` (File > Properties in a spreadsheet):
/// title, subject, author and creation date (docs/files.md §12).
package struct XlsxDocumentProperties: Sendable, Equatable {
    /// `dc:title`.
    package var title: String
    /// `dc:subject`.
    package var subject: String
    /// `dc:creator` and `cp:lastModifiedBy`.
    package var creator: String
    /// `dcterms:created` and `dcterms:modified`.
    package var created: Date

    /// Creates the properties.
    package init(title: String, subject: String, creator: String, created: Date) {
        self.title = title
        self.subject = subject
        self.creator = creator
        self.created = created
    }

    /// The `docProps/core.xml` part.
    func xml() -> String {
        let esc = XlsxPackageParts.escapeAttribute
        let date = created.formatted(.iso8601.year().month().day().time(includingFractionalSeconds: false)) + "Z"
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <cp:coreProperties \
            xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
            xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
            xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
            <dc:title>\(esc(title))</dc:title><dc:subject>\(esc(subject))</dc:subject>\
            <dc:creator>\(esc(creator))</dc:creator><cp:lastModifiedBy>\(esc(creator))</cp:lastModifiedBy>\
            <dcterms:created xsi:type="dcterms:W3CDTF">\(date)</dcterms:created>\
            <dcterms:modified xsi:type="dcterms:W3CDTF">\(date)</dcterms:modified></cp:coreProperties>
            """
    }
}
