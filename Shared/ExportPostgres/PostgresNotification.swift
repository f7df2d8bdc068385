import CLibPQ
import ExportLogging
import Glibc
import Logging
import NIOPosix

/// A notification received on a channel the listener follows.
package struct PostgresNotification: Sendable, Equatable {
    /// The channel, e.g. `export_created`.
    package let channel: String
    /// The payload given to `NOTIFY` (may be empty).
    package let payload: String
}
