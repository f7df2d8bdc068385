import Configuration
import ExportModels

/// How the worker runs (docs/builder.md §10), read and validated once at start.
///
/// Keys (environment variables in brackets): `builder.poll.interval` (`BUILDER_POLL_INTERVAL`,
/// seconds, default 60), `builder.concurrency` (`BUILDER_CONCURRENCY`, default 1),
/// `builder.lease.timeout` (`BUILDER_LEASE_TIMEOUT`, seconds, default 300),
/// `builder.max.attempts` (`BUILDER_MAX_ATTEMPTS`, default 3), `export.ttl.days`
/// (`EXPORT_TTL_DAYS`, default 7), `export.max.rows` (`EXPORT_MAX_ROWS`, default 5,000,000).
struct BuilderSettings: Sendable, Equatable {
    /// Seconds between two looks at the queue when no wake-up arrives.
    var pollIntervalSeconds: Int
    /// Exports built at once by one process.
    var concurrency: Int
    /// Seconds without heartbeat before a running export is taken back.
    var leaseTimeoutSeconds: Int
    /// Attempts before an export ends in `error`.
    var maxAttempts: Int
    /// Days a finished export stays downloadable.
    var exportTTLDays: Int
    /// Rows above which a trip export fails for good.
    var maxRows: Int

    /// Reads the settings; throws naming the variable when a value is invalid.
    init(reader: ConfigReader) throws {
        pollIntervalSeconds = try reader.boundedInt(forKey: "builder.poll.interval", default: 60, range: 1...86_400)
        concurrency = try reader.boundedInt(forKey: "builder.concurrency", default: 1, range: 1...64)
        leaseTimeoutSeconds = try reader.boundedInt(forKey: "builder.lease.timeout", default: 300, range: 2...86_400)
        maxAttempts = try reader.boundedInt(forKey: "builder.max.attempts", default: 3, range: 1...100)
        exportTTLDays = try reader.boundedInt(forKey: "export.ttl.days", default: 7, range: 1...3650)
        maxRows = try reader.boundedInt(forKey: "export.max.rows", default: 5_000_000, range: 1...Int(Int32.max))
    }

    /// How often a running export's lease is renewed: a third of the lease time-out, so that two
    /// missed beats still keep it, and at most every 5 seconds ("every few seconds").
    var heartbeatInterval: Duration {
        .milliseconds(min(5_000, max(200, leaseTimeoutSeconds * 1_000 / 3)))
    }
}
