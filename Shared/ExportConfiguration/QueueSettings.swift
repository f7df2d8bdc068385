package import Configuration

/// The queue's rules that the builder and the janitor both apply (docs/queue.md §5–§7, §10), read
/// and validated once, with the ranges of docs/configuration.md §3.
///
/// Keys (environment variables in brackets): `builder.lease.timeout` (`BUILDER_LEASE_TIMEOUT`,
/// seconds, default 300, 2–86400), `builder.max.attempts` (`BUILDER_MAX_ATTEMPTS`, default 3,
/// 1–100), `export.ttl.days` (`EXPORT_TTL_DAYS`, default 7, 1–3650).
package struct QueueSettings: Sendable, Equatable {
    /// Seconds without heartbeat before a running export is taken back.
    package var leaseTimeoutSeconds: Int
    /// Attempts before an export ends in `error`.
    package var maxAttempts: Int
    /// Days a finished export stays downloadable; its recipients are scrambled after them.
    package var exportTTLDays: Int

    /// Reads the settings; throws naming the variable when a value is invalid.
    package init(reader: ConfigReader) throws {
        leaseTimeoutSeconds = try reader.boundedInt(forKey: "builder.lease.timeout", default: 300, range: 2...86_400)
        maxAttempts = try reader.boundedInt(forKey: "builder.max.attempts", default: 3, range: 1...100)
        exportTTLDays = try reader.boundedInt(forKey: "export.ttl.days", default: 7, range: 1...3650)
    }
}
