import ExportPostgres
import ExportSchema
import Foundation
import Testing

/// The admin commands of `export-api` (docs/commands.md §2) run as real processes against a database of
/// their own: what they print, their exit status, and what they change (nothing on bad input).
@Suite struct AdminCommandTests {
    /// A day `days` days ago, `YYYY-MM-DD`.
    static func day(daysAgo days: Int) -> String {
        String(APIFixtures.instant(daysAgo: days).prefix(10))
    }

    /// Runs `body` with a migrated database and the environment the commands need.
    static func withCommands(
        _ prefix: String, _ body: (PostgresPool, [String: String], String) async throws -> Void
    ) async throws {
        try await TestDatabase.with(prefix, poolSize: 2) { pool, database in
            _ = try await SchemaMigrator(pool: pool, logger: .quiet).migrate([.export, .upstream])
            let storage = FileManager.default.temporaryDirectory.appendingPathComponent("cli-\(UUID().uuidString)").path
            defer { try? FileManager.default.removeItem(atPath: storage) }
            let environment = [
                "DATABASE_URL": database.url, "STORAGE_DIR": storage, "S3_ENDPOINT": "", "USER": "alice",
                "JWT_SECRET": String(repeating: "s", count: 40), "LOG_LEVEL": "error",
            ]
            try await body(pool, environment, storage)
        }
    }

    @Test func createsFollowsAndCancelsAnExport() async throws {
        try await Self.withCommands("cli_create") { pool, environment, _ in
            let created = try await CommandRun.run(
                "export-api",
                [
                    "export:create", "--start", Self.day(daysAgo: 30), "--end", Self.day(daysAgo: 10),
                    "--recipient", "Jeanne Martin <jeanne.martin@example.org>",
                ], environment: environment)
            #expect(created.status == 0, "\(created.errors)")
            let uuid = try #require(UUID(uuidString: created.output))
            let row = try await pool.query(
                """
                SELECT e.created_by, e.status, (SELECT count(*) FROM export.recipients r WHERE r.export_id = e._id),
                       (SELECT count(*) FROM export.logs l WHERE l.export_id = e._id AND l.type = 'created')
                FROM export.exports e WHERE e.uuid = $1
                """, [uuid])
            #expect(try row.first?.decode(String.self, at: 0) == "cli:alice")
            #expect(try row.first?.decode(String.self, at: 1) == "pending")
            #expect(try row.first?.decode(Int.self, at: 2) == 1 && row.first?.decode(Int.self, at: 3) == 1)

            let status = try await CommandRun.run(
                "export-api", ["export:status", created.output], environment: environment)
            #expect(status.status == 0 && status.output.contains("pending"))
            let list = try await CommandRun.run(
                "export-api", ["export:list", "--status", "pending"], environment: environment)
            #expect(list.status == 0 && list.output.contains(created.output))

            let cancel = try await CommandRun.run(
                "export-api", ["export:cancel", created.output], environment: environment)
            #expect(cancel.status == 0 && cancel.output.contains("canceled"))
            let again = try await CommandRun.run(
                "export-api", ["export:cancel", created.output], environment: environment)
            #expect(again.status != 0 && again.errors.contains("conflict"))
        }
    }

    @Test func refusesBadInputWithOneLineAndChangesNothing() async throws {
        try await Self.withCommands("cli_refuse") { pool, environment, _ in
            let future = try await CommandRun.run(
                "export-api", ["export:create", "--start", Self.day(daysAgo: 3), "--end", Self.day(daysAgo: -2)],
                environment: environment)
            #expect(future.status != 0 && future.errors.contains("validation_failed"))
            let badType = try await CommandRun.run(
                "export-api",
                [
                    "export:create", "--type", "operator", "--start", Self.day(daysAgo: 30), "--end",
                    Self.day(daysAgo: 10),
                ],
                environment: environment)
            #expect(badType.status != 0 && badType.errors.contains("--operator"))
            let notUUID = try await CommandRun.run("export-api", ["export:status", "nope"], environment: environment)
            #expect(notUUID.status != 0 && notUUID.errors.contains("uuid"))
            let unknown = try await CommandRun.run(
                "export-api", ["export:status", UUID().uuidString], environment: environment)
            #expect(unknown.status != 0 && unknown.errors.contains("not_found"))
            let count = try await pool.query("SELECT count(*) FROM export.exports")
            #expect(try count[0].decode(Int.self, at: 0) == 0)

            let forced = try await CommandRun.run(
                "export-api",
                ["export:create", "--start", Self.day(daysAgo: 3), "--end", Self.day(daysAgo: -2), "--force"],
                environment: environment)
            #expect(forced.status == 0 && UUID(uuidString: forced.output) != nil, "--force passes the date limits")
        }
    }

    @Test func downloadsAndSendsAFinishedExportOnly() async throws {
        try await Self.withCommands("cli_download") { pool, environment, storage in
            let created = try await CommandRun.run(
                "export-api", ["export:create", "--start", Self.day(daysAgo: 30), "--end", Self.day(daysAgo: 10)],
                environment: environment)
            let uuid = created.output
            let pending = try await CommandRun.run("export-api", ["export:send", uuid], environment: environment)
            #expect(pending.status != 0 && pending.errors.contains("conflict"))

            let key = "exports/\(uuid)/rpc-export.zip"
            let stored = URL(fileURLWithPath: storage).appendingPathComponent(key)
            try FileManager.default.createDirectory(
                at: stored.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("PK-file".utf8).write(to: stored)
            try await pool.execute(
                """
                UPDATE export.exports SET status = 'success', file_key = $2, finished_at = now(),
                    expires_at = now() + interval '1 day'
                WHERE uuid = $1::uuid
                """, [uuid, key])

            let output = FileManager.default.temporaryDirectory.appendingPathComponent("dl-\(UUID().uuidString).zip")
            defer { try? FileManager.default.removeItem(at: output) }
            let download = try await CommandRun.run(
                "export-api", ["export:download", uuid, "--output", output.path], environment: environment)
            #expect(download.status == 0, "\(download.errors)")
            #expect(try Data(contentsOf: output) == Data("PK-file".utf8))

            let send = try await CommandRun.run(
                "export-api", ["export:send", uuid, "--recipient", "Paul <paul@example.org>", "--message", "Voici"],
                environment: environment)
            #expect(send.status == 0 && send.output == "queued: 1", "\(send.errors)")
            let rows = try await pool.query(
                """
                SELECT (SELECT count(*) FROM export.notifications WHERE kind = 'send'),
                       (SELECT count(*) FROM export.logs WHERE type = 'downloaded')
                """)
            #expect(try rows[0].decode(Int.self, at: 0) == 1 && rows[0].decode(Int.self, at: 1) == 1)
            let tooMany = try await CommandRun.run(
                "export-api", ["export:send", uuid, "--message", String(repeating: "x", count: 1001)],
                environment: environment)
            #expect(tooMany.status != 0 && tooMany.errors.contains("1,000"))
        }
    }

    @Test func mintsTokensAndRefusesAnUnknownRole() async throws {
        try await Self.withCommands("cli_token") { _, environment, _ in
            let token = try await CommandRun.run(
                "export-api", ["token", "--sub", "u-1", "--role", "operator", "--operator", "12", "--ttl", "60"],
                environment: environment)
            #expect(token.status == 0)
            let parts = token.output.split(separator: ".")
            #expect(parts.count == 3)
            var payload = String(parts[1]).replacingOccurrences(of: "-", with: "+")
                .replacingOccurrences(of: "_", with: "/")
            payload += String(repeating: "=", count: (4 - payload.count % 4) % 4)
            let data = try #require(Data(base64Encoded: payload))
            let claims = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            #expect(claims["role"] as? String == "operator" && claims["operator_id"] as? Int == 12)
            #expect(claims["exp"] != nil)
            let unknown = try await CommandRun.run(
                "export-api", ["token", "--sub", "u-1", "--role", "boss"], environment: environment)
            #expect(unknown.status != 0 && !unknown.errors.isEmpty)
        }
    }
}
