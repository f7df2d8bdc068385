import ExportPostgres
import Foundation
import Synchronization
import Testing

/// LISTEN/NOTIFY through the listener, including after its connection is killed.
@Suite struct PostgresListenerTests {
    @Test func receivesNotificationsAndReconnectsAfterItsConnectionIsKilled() async throws {
        try await TestDatabase.with("pg_listen") { pool, database in
            let received = Mutex<[String]>([])
            let connections = Mutex(0)
            let listener = PostgresListener(configuration: PostgresConfiguration(url: database.url), logger: .quiet)
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    try await listener.listen(
                        channels: ["export_created"],
                        onConnected: { connections.withLock { $0 += 1 } },
                        onNotification: { notification in received.withLock { $0.append(notification.payload) } })
                }
                try await waitUntil { connections.withLock { $0 } == 1 }
                try await pool.withConnection { try await $0.notify(channel: "export_created", payload: "first") }
                try await waitUntil { received.withLock { $0 } == ["first"] }

                try await pool.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN%' AND datname = $1",
                    [database.name])
                try await waitUntil { connections.withLock { $0 } == 2 }
                try await pool.withConnection { try await $0.notify(channel: "export_created", payload: "second") }
                try await waitUntil { received.withLock { $0 } == ["first", "second"] }
                group.cancelAll()
            }
        }
    }

    @Test func refusesAChannelNameThatIsNotAnIdentifier() async throws {
        let listener = PostgresListener(configuration: PostgresConfiguration(url: "postgres://unused"), logger: .quiet)
        await #expect(throws: PostgresError.self) {
            try await listener.listen(channels: ["x; DROP TABLE y"], onNotification: { _ in })
        }
    }
}
