import Foundation

/// The `stats` of a trip export: `{"rows","sheets","file_size","duration_ms"}`.
struct TripExportStats: Encodable {
    let rows: Int
    let sheets: Int
    let fileSize: Int64
    let durationMilliseconds: Int

    enum CodingKeys: String, CodingKey {
        case rows, sheets
        case fileSize = "file_size"
        case durationMilliseconds = "duration_ms"
    }

    /// The JSON stored in `stats`, keys sorted.
    var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
