/// Tells every worker slot to look at the queue. Each slot keeps at most one pending wake-up,
/// so a slot busy with an export when a wake-up comes looks at the queue once more when it is
/// free, and a burst of notifications costs one look.
struct WakeUpBroadcast: Sendable {
    /// One sequence per slot; each element means "look at the queue".
    let slots: [AsyncStream<Void>]
    private let continuations: [AsyncStream<Void>.Continuation]

    /// A broadcast to `count` slots.
    init(slots count: Int) {
        let pairs = (0..<count).map { _ in AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1)) }
        slots = pairs.map(\.stream)
        continuations = pairs.map(\.continuation)
    }

    /// Wakes every slot.
    func ring() {
        for continuation in continuations { continuation.yield() }
    }

}
