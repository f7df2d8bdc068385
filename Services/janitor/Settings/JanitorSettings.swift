import Configuration
import ExportConfiguration

/// What a janitor pass needs to know (docs/configuration.md §2), read and validated once at start.
///
/// Keys: `janitor.interval` (`JANITOR_INTERVAL`, seconds, default 60),
/// `export.record.retention.days` (`EXPORT_RECORD_RETENTION_DAYS`, default 365), and those of
/// `QueueSettings` (lease time-out, attempts, TTL), shared with the builder.
struct JanitorSettings: Sendable, Equatable {
    /// Seconds between two passes of `run`.
    var intervalSeconds: Int
    /// Days after the end of an export before its row, logs and outbox rows are deleted.
    var recordRetentionDays: Int
    /// The lease time-out and attempts of the rescue, and the TTL after which recipients are
    /// scrambled.
    var queue: QueueSettings

    /// Reads the settings; throws naming the variable when a value is invalid.
    init(reader: ConfigReader) throws {
        intervalSeconds = try reader.boundedInt(forKey: "janitor.interval", default: 60, range: 1...86_400)
        queue = try QueueSettings(reader: reader)
        recordRetentionDays = try reader.boundedInt(
            forKey: "export.record.retention.days", default: 365, range: 1...36_500)
    }
}
