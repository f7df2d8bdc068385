import CLibPQ
import ExportLogging
import Glibc
package import Logging
import NIOPosix

/// Follows `LISTEN` channels on a dedicated connection, reconnecting after the connection or the
/// server is lost. Notifications sent while it was disconnected are lost by PostgreSQL's design:
/// `onConnected` is called after every (re)connection so that callers can look for missed work.
package struct PostgresListener: Sendable {
    private let configuration: PostgresConfiguration
    private let logger: Logger

    /// Creates a listener that opens its own connection, on its own thread, from `configuration`.
    package init(configuration: PostgresConfiguration, logger: Logger) {
        self.configuration = configuration
        self.logger = logger
    }

    /// Listens until the calling task is cancelled. Channel names are identifiers of this
    /// program (letters, digits and `_`), not user input.
    package func listen(
        channels: [String],
        onConnected: () async -> Void = {},
        onNotification: (PostgresNotification) async -> Void
    ) async throws {
        for channel in channels where !Self.isIdentifier(channel) {
            throw PostgresError(kind: .usage, message: "invalid channel name \(channel)")
        }
        let threadPool = NIOThreadPool(numberOfThreads: 1)
        threadPool.start()
        do {
            try await follow(channels, threadPool, onConnected, onNotification)
        } catch {
            try? await threadPool.shutdownGracefully()
            throw error
        }
        try? await threadPool.shutdownGracefully()
    }

    /// The reconnecting loop of `listen`.
    private func follow(
        _ channels: [String],
        _ threadPool: NIOThreadPool,
        _ onConnected: () async -> Void,
        _ onNotification: (PostgresNotification) async -> Void
    ) async throws {
        var backoff = Duration.milliseconds(200)
        while !Task.isCancelled {
            do {
                let connection = try await PostgresConnection.connect(
                    configuration: configuration, threadPool: threadPool)
                for channel in channels { try await connection.executeScript("LISTEN \(channel)") }
                backoff = .milliseconds(200)
                await onConnected()
                while !Task.isCancelled {
                    for notification in try await connection.waitForNotifications(timeoutMilliseconds: 500) {
                        await onNotification(notification)
                    }
                }
            } catch {
                logger.warning("listening connection lost, reconnecting", metadata: .fields([.error: error]))
                try await Task.sleep(for: backoff)
                backoff = min(backoff * 2, .seconds(10))
            }
        }
    }

    private static func isIdentifier(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 95 }
    }
}

extension PostgresConnection {
    /// Waits up to `timeoutMilliseconds` for the socket to have input, then returns every
    /// notification received; throws when the connection is lost.
    func waitForNotifications(timeoutMilliseconds: Int32) async throws -> [PostgresNotification] {
        try await exclusively {
            try await blocking { [self] in
                var descriptor = pollfd(fd: PQsocket(handle), events: Int16(POLLIN), revents: 0)
                guard descriptor.fd >= 0 else { throw connectionError() }
                _ = poll(&descriptor, 1, timeoutMilliseconds)
                guard PQconsumeInput(handle) == 1 else { throw connectionError() }
                var notifications: [PostgresNotification] = []
                while let raw = PQnotifies(handle) {
                    let notice = raw.pointee
                    notifications.append(
                        PostgresNotification(
                            channel: String(cString: notice.relname), payload: String(cString: notice.extra)))
                    PQfreemem(raw)
                }
                if PQstatus(handle) != CONNECTION_OK { throw connectionError() }
                return notifications
            }
        }
    }
}
