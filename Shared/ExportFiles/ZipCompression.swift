/// How an entry's bytes are stored in a ZIP.
package enum ZipCompression: Sendable, Equatable {
    /// Copied as they are (an XLSX, already deflated inside).
    case stored
    /// Deflated by igzip at `level` (1–3, `RawDeflater`).
    case deflated(level: Int)
}
