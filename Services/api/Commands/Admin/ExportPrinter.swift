import ExportModels
import Foundation

/// How the admin commands print exports.
enum ExportPrinter {
    /// The details of one export, one `name: value` per line.
    static func details(_ record: ExportRecord) -> String {
        let params = (try? record.params.json()) ?? "{}"
        return [
            "uuid: \(record.uuid.uuidString.lowercased())", "type: \(record.type.rawValue)",
            "status: \(record.status.rawValue)", "progress: \(record.progress)%", "format: \(record.format.rawValue)",
            "created_by: \(record.createdBy)", "created_at: \(instant(record.createdAt))", "params: \(params)",
            "stats: \(record.statsJSON ?? "-")", "error: \(record.errorJSON ?? "-")",
            "expires_at: \(record.expiresAt.map(instant) ?? "-")",
        ].joined(separator: "\n")
    }

    /// A table of exports, one per line.
    static func table(_ records: [ExportRecord]) -> String {
        let header = ["UUID", "TYPE", "STATUS", "PROGRESS", "CREATED_BY", "CREATED_AT"]
        let rows = records.map {
            [
                $0.uuid.uuidString.lowercased(), $0.type.rawValue, $0.status.rawValue, "\($0.progress)%", $0.createdBy,
                instant($0.createdAt),
            ]
        }
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        return ([header] + rows).map { row in
            let cells = row.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }
            return String(cells.joined(separator: "  ").reversed().drop { $0 == " " }.reversed())
        }.joined(separator: "\n")
    }

    /// An ISO 8601 instant.
    static func instant(_ date: Date) -> String { date.ISO8601Format() }

    /// A one-line progress bar: `[#########-----------]  45% processing`.
    static func progressBar(_ record: ExportRecord, width: Int = 30) -> String {
        let filled = width * min(100, max(0, record.progress)) / 100
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        return "[\(bar)] \(String(format: "%3d", record.progress))% \(record.status.rawValue)"
    }
}
