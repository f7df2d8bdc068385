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

/// How long a failed attempt waits before the next: 30 s, 60 s, 120 s…, at most 15 minutes.
public enum RetryBackoff {
    /// Seconds to wait after attempt `attempt` failed.
    public static func seconds(afterAttempt attempt: Int) -> Int {
        min(30 << min(max(attempt - 1, 0), 10), 900)
    }
}
