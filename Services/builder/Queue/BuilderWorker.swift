import ExportPostgres
import Foundation

/// The parts of a builder process that its commands and tests reach: built by
/// `BuilderServices.buildWorker`.
struct BuilderWorker: Sendable {
    /// How the worker runs.
    let settings: BuilderSettings
    /// Claims and runs exports.
    let drainer: QueueDrainer
    /// The pool on `UPSTREAM_DATABASE_URL`, where rows are read.
    let upstream: PostgresPool
    /// The `LISTEN` connection's settings (the export database).
    let listener: PostgresListener

    /// `export-builder@<host>:<pid>`: tells operators which process holds an export.
    static var instanceName: String {
        "export-builder@\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier)"
    }
}
