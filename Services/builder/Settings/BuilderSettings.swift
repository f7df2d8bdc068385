import Configuration
import ExportConfiguration

/// How the worker runs (docs/builder.md §10), read and validated once at start.
///
/// Keys (environment variables in brackets): `builder.poll.interval` (`BUILDER_POLL_INTERVAL`,
/// seconds, default 60), `builder.concurrency` (`BUILDER_CONCURRENCY`, default 1), and those of
/// the settings shared with other services: `QueueSettings` (lease time-out, attempts, TTL) and
/// `ExportSizeLimits` (rows per export and per sheet).
struct BuilderSettings: Sendable, Equatable {
    /// Seconds between two looks at the queue when no wake-up arrives.
    var pollIntervalSeconds: Int
    /// Exports built at once by one process.
    var concurrency: Int
    /// The lease time-out, the attempts and the TTL, shared with the janitor.
    var queue: QueueSettings
    /// The rows allowed per export and per sheet, shared with the API.
    var limits: ExportSizeLimits

    /// Reads the settings; throws naming the variable when a value is invalid.
    init(reader: ConfigReader) throws {
        pollIntervalSeconds = try reader.boundedInt(forKey: "builder.poll.interval", default: 60, range: 1...86_400)
        concurrency = try reader.boundedInt(forKey: "builder.concurrency", default: 1, range: 1...64)
        queue = try QueueSettings(reader: reader)
        limits = try ExportSizeLimits(reader: reader)
    }

    /// How long a renewed lease is trusted: the lease time-out minus a safety margin of a fifth
    /// of it, at least 1 s and at most 60 s (240 s for the default 300 s). An attempt whose
    /// lease was not renewed for that long stops (docs/builder.md, "Lease").
    var leaseTrust: Duration {
        let timeout = Duration.seconds(queue.leaseTimeoutSeconds)
        return timeout - min(.seconds(60), max(.seconds(1), timeout / 5))
    }

    /// How often a running export's lease is renewed: a third of the lease time-out, so that two
    /// missed beats still keep it, and at most every 5 seconds ("every few seconds").
    var heartbeatInterval: Duration {
        .milliseconds(min(5_000, max(200, queue.leaseTimeoutSeconds * 1_000 / 3)))
    }
}
