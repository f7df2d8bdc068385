/// Receives the cells of one row, left to right, and writes them in a file format. Each call
/// is one cell, so an empty value must still be given as `empty()`.
package protocol CellSink {
    /// A cell with no value.
    mutating func empty()
    /// A text cell from UTF-8 bytes.
    mutating func text(_ bytes: UnsafeRawBufferPointer)
    /// A text cell.
    mutating func text(_ string: String)
    /// A number cell from a decimal number already written in canonical form (`-12`, `3.5`).
    mutating func number(_ canonical: UnsafeRawBufferPointer)
    /// A number cell from a scaled integer.
    mutating func decimal(_ value: ScaledDecimal)
    /// An amount in euros: a number cell that a spreadsheet shows as `1 234,50 €` (docs/files.md §9).
    mutating func euros(_ value: ScaledDecimal)
    /// A date and time cell (`yyyy-mm-dd hh:mm:ss`).
    mutating func dateTime(_ value: LocalDateTime)
    /// A date cell (`yyyy-mm-dd`).
    mutating func date(_ value: LocalDateTime)
    /// A time-of-day cell (`hh:mm:ss`).
    mutating func time(_ value: LocalDateTime)
    /// A duration cell (`[h]:mm:ss`).
    mutating func duration(seconds: Int64)
    /// A yes/no cell.
    mutating func boolean(_ value: Bool)
}
