import ExportCurl
import ExportPostgres
import ExportTokens
import Foundation
import Testing

/// `GET /v1/exports/{uuid}/logs` pages the audit trail like the listing does, and downloads add
/// at most one `downloaded` row per user and hour (docs/api.md §4, §11).
@Suite struct APILogsTests {
    @Test func pagesTheAuditTrailOldestFirst() async throws {
        try await APITestServer.with("api_logs_pages") { server in
            let uuid = try await APIActionsTests.export(in: "success", server: server)
            try await server.pool.execute(
                """
                INSERT INTO export.logs (export_id, type, message, actor)
                SELECT e._id, 'sent', 'note ' || n, 'registry-1' FROM export.exports e, generate_series(1, 4) AS n
                WHERE e.uuid = $1
                """, [UUID(uuidString: uuid)!])
            var messages: [String] = []
            var cursor: String?
            var pages = 0
            repeat {
                let query = "limit=2" + (cursor.map { "&cursor=\($0)" } ?? "")
                let page = try await server.send(.get, "/v1/exports/\(uuid)/logs?\(query)", token: APITokens.registry())
                #expect(page.status == 200, "\(page.text)")
                let data = page.json["data"] as? [[String: Any]] ?? []
                #expect(data.count <= 2)
                messages += data.compactMap { $0["message"] as? String }
                cursor = page.json["next_cursor"] as? String
                pages += 1
            } while cursor != nil && pages < 10
            #expect(pages == 3)
            #expect(messages.count == 5 && messages.first == "export registry created")
            #expect(Array(messages.suffix(4)) == ["note 1", "note 2", "note 3", "note 4"])

            for query in ["limit=0", "limit=201", "cursor=nope", "order=desc"] {
                let refused = try await server.send(
                    .get, "/v1/exports/\(uuid)/logs?\(query)", token: APITokens.registry())
                #expect(refused.status == 400 && refused.errorCode == "validation_failed", "\(query)")
            }
        }
    }

    @Test func writesOneDownloadedLogPerUserAndHour() async throws {
        try await APITestServer.with("api_logs_downloads") { server in
            let uuid = try await APIActionsTests.export(in: "success", server: server)
            let link = try await APIDownloadTests.tokens().sign(
                exportUUID: UUID(uuidString: uuid)!, recipientID: 1, expiresAt: Date().addingTimeInterval(3600))
            for _ in 0..<3 {
                let owner = try await server.send(.get, "/v1/exports/\(uuid)/download", token: APITokens.registry())
                let recipient = try await server.send(.get, "/v1/exports/\(uuid)/download?token=\(link)")
                #expect(owner.status == 200 && recipient.status == 200)
            }
            let actors = try await server.pool.query(
                "SELECT actor FROM export.logs WHERE type = 'downloaded' ORDER BY _id"
            ).map { try $0.decode(String.self, at: 0) }
            #expect(actors == ["registry-1", "recipient:1"])

            try await server.pool.execute(
                "UPDATE export.logs SET created_at = created_at - interval '61 minutes' WHERE type = 'downloaded'")
            let later = try await server.send(.get, "/v1/exports/\(uuid)/download", token: APITokens.registry())
            #expect(later.status == 200)
            let count = try await server.pool.query("SELECT count(*) FROM export.logs WHERE type = 'downloaded'")
            #expect(try count[0].decode(Int.self, at: 0) == 3)
        }
    }
}
