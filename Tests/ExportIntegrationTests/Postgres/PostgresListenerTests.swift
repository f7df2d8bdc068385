import ExportPostgres
import Foundation
import Testing

/// What the listener saw, shared between its callbacks and the test.
private actor ListenerRecord {
    var payloads: [String] = []
    var connections = 0

    func connected() { connections += 1 }
    func received(_ payload: String) { payloads.append(payload) }
}

/// LISTEN/NOTIFY through the listener, including after its connection is killed.
@Suite struct PostgresListenerTests {
    @Test func receivesNotificationsAndReconnectsAfterItsConnectionIsKilled() async throws {
        try await TestDatabase.with("pg_listen") { pool, database in
            let record = ListenerRecord()
            let listener = PostgresListener(configuration: PostgresConfiguration(url: database.url), logger: .quiet)
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    try await listener.listen(
                        channels: ["export_created"],
                        onConnected: { await record.connected() },
                        onNotification: { notification in await record.received(notification.payload) })
                }
                try await waitUntil { await record.connections == 1 }
                try await pool.withConnection { try await $0.notify(channel: "export_created", payload: "first") }
                try await waitUntil { await record.payloads == ["first"] }

                try await pool.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN%' AND datname = $1",
                    [database.name])
                try await waitUntil { await record.connections == 2 }
                try await pool.withConnection { try await $0.notify(channel: "export_created", payload: "second") }
                try await waitUntil { await record.payloads == ["first", "second"] }
                group.cancelAll()
            }
        }
    }
}
