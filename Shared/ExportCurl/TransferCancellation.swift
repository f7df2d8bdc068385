import CCurl
import Foundation
import Synchronization

/// A flag that a cancelled task raises and the transfer's progress callback reads, from
/// another thread; the atomic makes that safe.
final class TransferCancellation: Sendable {
    private let raised = Atomic(false)

    /// Raises the flag; the transfer stops at its next progress callback.
    func cancel() {
        raised.store(true, ordering: .relaxed)
    }

    /// Whether the flag was raised.
    var isCancelled: Bool { raised.load(ordering: .relaxed) }
}
