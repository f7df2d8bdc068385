import CLibPQ
import Glibc
import Logging
import NIOPosix
import Synchronization

/// A handle that asks the server to cancel the statement a connection is running; usable from
/// any thread while the connection itself is busy.
///
/// `@unchecked Sendable`: libpq documents `PQcancel` on a `PGcancel` as thread-safe.
final class PostgresCancelHandle: @unchecked Sendable {
    private let handle: OpaquePointer?

    /// Prepares cancellation for `connection`.
    init(connection: PostgresConnection) {
        handle = PQgetCancel(connection.handle)
    }

    deinit { if let handle { PQfreeCancel(handle) } }

    /// Sends the cancel request; the statement then fails with SQLSTATE 57014.
    func cancel() {
        guard let handle else { return }
        var message = [CChar](repeating: 0, count: 256)
        _ = PQcancel(handle, &message, Int32(message.count))
    }
}
