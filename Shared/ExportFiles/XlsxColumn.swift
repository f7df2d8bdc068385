/// A column of a data sheet: its header and its width in characters.
package struct XlsxColumn: Sendable, Equatable {
    /// The header text.
    package var name: String
    /// The width in characters of the default font.
    package var width: Double

    /// Creates a column.
    package init(name: String, width: Double) {
        self.name = name
        self.width = width
    }
}
