public import Foundation

/// A builder's hold on one export: valid while `token` is still the export's `lease_token`.
/// Every write a builder makes is fenced by it, so a builder that lost its lease (its heartbeat
/// stopped and the export was taken back) can no longer change the export.
public struct Lease: Sendable, Equatable {
    /// The export's internal key.
    public let exportID: Int64
    /// The export's public identifier.
    public let uuid: UUID
    /// The fencing token of this claim.
    public let token: UUID
    /// Which attempt this is (1 for the first).
    public let attempt: Int
    /// How many times the export was given back at shutdown before this claim.
    public let releases: Int

    /// True while a shutdown may still give the export back without spending the attempt.
    public var mayBeReleased: Bool { releases < ExportQueue.maxReleases }
}

/// What a heartbeat found.
public enum HeartbeatOutcome: Sendable, Equatable {
    /// The lease is still held: go on.
    case held
    /// The export was cancelled: stop, store nothing, send nothing.
    case canceled
    /// Another builder took the export back: stop without writing anything.
    case lost
}

/// A write refused because the lease is no longer held.
public struct LeaseLostError: Error, CustomStringConvertible {
    /// The export concerned.
    public let uuid: UUID
    /// One line for logs.
    public var description: String { "lease on export \(uuid) lost" }
}

/// How long a failed attempt waits before the next: 30 s, 60 s, 120 s…, at most 15 minutes,
/// less a random part of up to half, so that what failed together (an outage) does not come
/// back all at once.
public enum RetryBackoff {
    /// Seconds to wait after attempt `attempt` failed.
    public static func seconds(afterAttempt attempt: Int) -> Double {
        let full = Double(min(30 << min(max(attempt - 1, 0), 10), 900))
        return full / 2 + Double.random(in: 0...(full / 2))
    }

    /// The same wait in SQL, for set-based statements: `attempts` is the SQL expression of the
    /// failed attempt's number.
    public static func sql(afterAttempt attempts: String) -> String {
        "least(30 * power(2, greatest(\(attempts) - 1, 0)), 900) * (0.5 + random() / 2)"
    }
}
