import ExportModels
import ExportStore
import Foundation

/// Follows an open-data export while the builder works on it, reporting each new progress
/// percentage, until it is finished.
struct BuildWatcher: Sendable {
    let repository: ExportRepository
    let pollInterval: Duration
    /// Called with the export each time its status or progress changes.
    let report: @Sendable (ExportRecord) -> Void

    /// The export `record` once it is finished; throws when it ends otherwise than in success.
    func waitForBuild(of record: ExportRecord, month: ParisMonth) async throws -> ExportRecord {
        var current = record
        var lastShown: (ExportStatus, Int)? = nil
        while true {
            if lastShown.map({ $0 != (current.status, current.progress) }) ?? true {
                report(current)
                lastShown = (current.status, current.progress)
            }
            if current.status.isFinished {
                guard current.status == .success else {
                    throw OpendataCommandError.buildFailed(
                        month, status: current.status.rawValue, error: current.errorJSON)
                }
                return current
            }
            try await Task.sleep(for: pollInterval)
            guard let next = try await repository.find(record.uuid) else {
                throw OpendataCommandError.notBuilt(month, status: nil)
            }
            current = next
        }
    }
}
