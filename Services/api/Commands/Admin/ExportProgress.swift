import ExportModels
import ExportPostgres
import ExportStore
import Foundation

/// `export:create --wait`: redraws a progress bar on standard error from the export's
/// `progress` until it ends, then fails when it did not end in `success`.
enum ExportProgress {
    /// An export that ended otherwise than in `success`.
    struct Unsuccessful: Error, CustomStringConvertible {
        let status: String
        var description: String { "the export ended in \(status)" }
    }

    /// Follows the export `uuid` once a second until it is finished.
    static func follow(_ uuid: UUID, pool: PostgresPool) async throws {
        let repository = ExportRepository(pool: pool)
        while true {
            guard let record = try await repository.find(uuid) else { throw APIError.notFound }
            FileHandle.standardError.write(Data("\r\(ExportPrinter.progressBar(record))".utf8))
            if record.status.isFinished {
                FileHandle.standardError.write(Data("\n".utf8))
                guard record.status == .success else { throw Unsuccessful(status: record.status.rawValue) }
                return
            }
            try await Task.sleep(for: .seconds(1))
        }
    }
}
