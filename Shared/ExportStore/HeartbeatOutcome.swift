/// What a heartbeat found.
package enum HeartbeatOutcome: Sendable, Equatable {
    /// The lease is still held: go on.
    case held
    /// The export was cancelled: stop, store nothing, send nothing.
    case canceled
    /// Another builder took the export back: stop without writing anything.
    case lost
}
