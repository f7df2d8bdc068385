import Foundation

/// How long a transfer may take.
package struct HTTPTimeouts: Sendable {
    /// The longest wait for the connection (and TLS handshake) to be made.
    package var connect: Duration
    /// The longest the whole transfer may take; nil for no limit (large uploads).
    package var total: Duration?
    /// A transfer that moves no byte for this long is abandoned, which catches a dead peer when
    /// there is no total limit.
    package var stall: Duration

    package init(connect: Duration = .seconds(10), total: Duration? = nil, stall: Duration = .seconds(60)) {
        self.connect = connect
        self.total = total
        self.stall = stall
    }
}
