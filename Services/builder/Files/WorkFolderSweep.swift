import ExportLogging
import ExportModels
import ExportPostgres
import ExportStore
import Foundation
import Logging

/// Removes the scratch folders that a killed builder left in `WORK_DIR`: a folder named after
/// an export (`rpc-export-{uuid}-…`, `rpc-opendata-{uuid}-…`) whose export is not running.
///
/// Safe beside other builders sharing the folder: a builder creates its folder only after its
/// claim made the export `processing`, and removes it before the export leaves the running
/// statuses, so a listed folder whose export is not running has no live owner. Folders created
/// after the listing are never touched, and any other name is left alone.
struct WorkFolderSweep: Sendable {
    let workDirectory: String
    let pool: PostgresPool
    let logger: Logger

    /// The prefixes of the file builders' scratch folders.
    static let prefixes = ["rpc-export-", "rpc-opendata-"]

    /// One sweep; returns the folders removed. A failure is logged, never thrown.
    @discardableResult
    func run() async -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: workDirectory)) ?? []
        var removed: [String] = []
        for name in names {
            guard let uuid = Self.exportUUID(inFolderNamed: name) else { continue }
            do {
                if let status = try await ExportRepository(pool: pool).status(of: uuid),
                    ExportStatus.running.contains(status)
                {
                    continue
                }
                try FileManager.default.removeItem(atPath: (workDirectory as NSString).appendingPathComponent(name))
                removed.append(name)
                logger.info(
                    "removed a scratch folder left by a stopped builder", metadata: .fields([.exportUUID: uuid]))
            } catch let error as CocoaError where error.code == .fileNoSuchFile {
                continue  // its builder removed it between the listing and now
            } catch {
                logger.warning(
                    "could not sweep a scratch folder",
                    metadata: .fields([.exportUUID: uuid, .error: error]))
            }
        }
        return removed
    }

    /// The export a scratch folder belongs to, or nil for a name of another kind.
    static func exportUUID(inFolderNamed name: String) -> UUID? {
        guard let prefix = prefixes.first(where: { name.hasPrefix($0) }) else { return nil }
        let rest = name.dropFirst(prefix.count)
        guard rest.count > 37, rest.dropFirst(36).first == "-" else { return nil }
        return UUID(uuidString: String(rest.prefix(36)))
    }
}
