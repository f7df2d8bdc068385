import Synchronization

/// Why a running attempt must stop before its end.
enum StopReason: Sendable, Equatable {
    /// The export was cancelled: store nothing, send nothing.
    case canceled
    /// Another builder took the export back: write nothing more.
    case lost
    /// The process is shutting down: give the export back without spending the attempt.
    case shutdown
    /// The count found more rows than `EXPORT_MAX_ROWS`.
    case tooManyRows(Int)
    /// No heartbeat succeeded for the lease time-out minus its safety margin (the database is
    /// unreachable): write nothing more, the lease rescue takes the export back.
    case unreachable
}
