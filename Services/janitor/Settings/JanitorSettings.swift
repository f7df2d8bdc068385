import Configuration
import ExportModels

/// What a janitor pass needs to know (docs/configuration.md §2), read and validated once at start.
///
/// Keys: `janitor.interval` (`JANITOR_INTERVAL`, seconds, default 60), `export.ttl.days`
/// (`EXPORT_TTL_DAYS`, default 7), `export.record.retention.days` (`EXPORT_RECORD_RETENTION_DAYS`,
/// default 365), `builder.lease.timeout` (`BUILDER_LEASE_TIMEOUT`, seconds, default 300),
/// `builder.max.attempts` (`BUILDER_MAX_ATTEMPTS`, default 3).
struct JanitorSettings: Sendable, Equatable {
    /// Seconds between two passes of `run`.
    var intervalSeconds: Int
    /// Days after the end of an export before its recipients are scrambled.
    var exportTTLDays: Int
    /// Days after the end of an export before its row, logs and outbox rows are deleted.
    var recordRetentionDays: Int
    /// Seconds without heartbeat before a running export is taken back.
    var leaseTimeoutSeconds: Int
    /// Attempts before an export ends in `error`.
    var maxAttempts: Int

    /// Reads the settings; throws naming the variable when a value is invalid.
    init(reader: ConfigReader) throws {
        intervalSeconds = try reader.boundedInt(forKey: "janitor.interval", default: 60, range: 1...86_400)
        exportTTLDays = try reader.boundedInt(forKey: "export.ttl.days", default: 7, range: 1...3650)
        recordRetentionDays = try reader.boundedInt(
            forKey: "export.record.retention.days", default: 365, range: 1...36_500)
        leaseTimeoutSeconds = try reader.boundedInt(forKey: "builder.lease.timeout", default: 300, range: 10...86_400)
        maxAttempts = try reader.boundedInt(forKey: "builder.max.attempts", default: 3, range: 1...100)
    }
}
