import ExportModels
import ExportPostgres
import ExportRuntime
import ExportStore
import Foundation

/// `export:create --wait`: shows a progress bar on standard error from the export's `progress`
/// until it ends (redrawn on a terminal, plain lines otherwise), then fails when it did not end
/// in `success`.
enum ExportProgress {
    /// An export that ended otherwise than in `success`.
    struct Unsuccessful: Error, CustomStringConvertible {
        let status: String
        var description: String { "the export ended in \(status)" }
    }

    /// Follows the export `uuid` once a second until it is finished.
    static func follow(_ uuid: UUID, pool: PostgresPool, display: ProgressDisplay = ProgressDisplay()) async throws {
        let repository = ExportRepository(pool: pool)
        while true {
            guard let record = try await repository.find(uuid) else { throw APIError.notFound }
            display.show(ExportPrinter.progressBar(record), finished: record.status.isFinished)
            if record.status.isFinished {
                guard record.status == .success else { throw Unsuccessful(status: record.status.rawValue) }
                return
            }
            try await Task.sleep(for: .seconds(1))
        }
    }
}
