import ExportCurl
import ExportPostgres
import Foundation
import Testing

/// What cancel, download, send and delete answer in each status (docs/api.md §6), and what
/// they leave in the database.
@Suite struct APIActionsTests {
    /// An action and its expected status in each export status.
    static let table: [(String, HTTPMethod, String, [String: Int])] = [
        (
            "cancel", .post, "/cancel",
            [
                "pending": 200, "processing": 200, "uploading": 200, "sending": 200,
                "success": 409, "error": 409, "canceled": 409, "expired": 409,
            ]
        ),
        (
            "download", .get, "/download",
            [
                "pending": 409, "processing": 409, "uploading": 409, "sending": 409,
                "success": 200, "error": 409, "canceled": 410, "expired": 410,
            ]
        ),
        (
            "send", .post, "/send",
            [
                "pending": 409, "processing": 409, "uploading": 409, "sending": 409,
                "success": 202, "error": 409, "canceled": 410, "expired": 410,
            ]
        ),
        (
            "delete", .delete, "",
            [
                "pending": 200, "processing": 200, "uploading": 200, "sending": 200,
                "success": 200, "error": 200, "canceled": 200, "expired": 200,
            ]
        ),
    ]

    /// Creates an export as the registry user and puts it in `status` (built when `success`).
    static func export(in status: String, server: APITestServer) async throws -> String {
        let created = try await server.send(.post, "/v1/exports", token: APITokens.registry(), json: APIFixtures.body())
        let uuid = try #require(created.json["uuid"] as? String)
        try await APIFixtures.markBuilt(uuid, server: server)
        if status != "success" {
            try await server.pool.execute(
                "UPDATE export.exports SET status = $2 WHERE uuid = $1", [UUID(uuidString: uuid)!, status])
        }
        return uuid
    }

    @Test func eachActionAnswersPerStatusAsTheContractTable() async throws {
        try await APITestServer.with("api_actions") { server in
            for (name, method, suffix, expected) in Self.table {
                for (status, code) in expected.sorted(by: { $0.key < $1.key }) {
                    let uuid = try await Self.export(in: status, server: server)
                    let response = try await server.send(
                        method, "/v1/exports/\(uuid)\(suffix)", token: APITokens.registry(),
                        json: method == .post ? "{}" : nil)
                    #expect(response.status == code, "\(name) on \(status): \(response.text)")
                }
            }
        }
    }

    @Test func deleteRemovesTheFileScramblesRecipientsAndIsIdempotent() async throws {
        try await APITestServer.with("api_delete") { server in
            let uuid = try await Self.export(in: "success", server: server)
            let path = "\(server.storageDirectory)/exports/\(uuid)/rpc-export-\(uuid.prefix(8)).zip"
            #expect(FileManager.default.fileExists(atPath: path))
            let first = try await server.send(.delete, "/v1/exports/\(uuid)", token: APITokens.registry())
            #expect(first.status == 200 && first.json["status"] as? String == "expired")
            #expect((first.json["recipients"] as? [Any])?.isEmpty == true)
            #expect(!FileManager.default.fileExists(atPath: path))
            let again = try await server.send(.delete, "/v1/exports/\(uuid)", token: APITokens.registry())
            #expect(again.status == 200)
            let recipients = try await server.pool.query(
                "SELECT email, scrambled_at IS NOT NULL FROM export.recipients r JOIN export.exports e ON e._id = r.export_id WHERE e.uuid = $1",
                [UUID(uuidString: uuid)!])
            #expect(
                try recipients.allSatisfy {
                    try $0.decode(String.self, at: 0).hasSuffix(".invalid") && $0.decode(Bool.self, at: 1)
                })
            let logs = try await server.send(.get, "/v1/exports/\(uuid)/logs", token: APITokens.registry())
            let types = (logs.json["data"] as? [[String: Any]] ?? []).compactMap { $0["type"] as? String }
            #expect(types == ["created", "deleted"])
        }
    }

    @Test func sendWritesOneOutboxRowPerRecipientWithTheRequest() async throws {
        try await APITestServer.with("api_send") { server in
            let uuid = try await Self.export(in: "success", server: server)
            let body =
                #"{"recipients": ["Jeanne Martin <jeanne@example.org>", "ops@Example.ORG", "ops@example.org"], "message": "Bonjour"}"#
            let response = try await server.send(
                .post, "/v1/exports/\(uuid)/send", token: APITokens.registry(), json: body)
            #expect(response.status == 202 && response.json["queued"] as? Int == 2)
            let again = try await server.send(
                .post, "/v1/exports/\(uuid)/send", token: APITokens.registry(), json: "{}")
            #expect(again.json["queued"] as? Int == 3)
            let rows = try await server.pool.query(
                "SELECT count(*), count(DISTINCT request_id), min(payload ->> 'sender') FROM export.notifications WHERE kind = 'send'"
            )
            #expect(try rows[0].decode(Int.self, at: 0) == 5 && rows[0].decode(Int.self, at: 1) == 2)
            #expect(try rows[0].decode(String.self, at: 2) == "Agent registry-1")
            let tooLong = try await server.send(
                .post, "/v1/exports/\(uuid)/send", token: APITokens.registry(),
                json: #"{"message": "\#(String(repeating: "a", count: 1001))"}"#)
            #expect(tooLong.status == 400 && tooLong.errorFields == ["message"])
        }
    }
}
