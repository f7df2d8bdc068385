import ExportCurl
import ExportPostgres
import Foundation
import Testing

/// `Idempotency-Key` on creates and sends (docs/api.md): the key is written with the export or
/// the e-mails, so a repeat never writes twice and always gets the first answer, marked as
/// replayed.
@Suite struct APIIdempotencyTests {
    @Test func concurrentRepeatsOfOneKeyCreateOneExportAndAllGetItsAnswer() async throws {
        try await APITestServer.with("api_idem_concurrent") { server in
            let answers = try await withThrowingTaskGroup(of: APIResponse.self) { group in
                for _ in 0..<6 {
                    group.addTask {
                        try await server.send(
                            .post, "/v1/exports", token: APITokens.registry(), json: APIFixtures.body(),
                            headers: ["Idempotency-Key": "order-7"])
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(answers.map(\.status) == Array(repeating: 201, count: 6), "\(answers.map(\.text))")
            #expect(Set(answers.map(\.text)).count == 1)
            #expect(answers.filter { $0.headers["Idempotent-Replayed"] == "true" }.count == 5)
            let count = try await server.pool.query("SELECT count(*) FROM export.exports")
            #expect(try count[0].decode(Int.self, at: 0) == 1)
        }
    }

    /// A key row that can never be changed once written stands for a process that died, or a
    /// statement that failed, after the export was committed: the key must already hold the
    /// answer by then.
    @Test func keyIsWrittenWithItsExportSoARetryAfterAFailureGetsTheFirstAnswer() async throws {
        try await APITestServer.with("api_idem_atomic") { server in
            try await server.pool.withConnection { connection in
                try await connection.executeScript(
                    """
                    CREATE FUNCTION export.refuse_key_change() RETURNS trigger LANGUAGE plpgsql AS
                    $$ BEGIN RAISE EXCEPTION 'key rows are not changed after they are written'; END $$;
                    CREATE TRIGGER refuse_key_change BEFORE UPDATE OR DELETE ON export.idempotency_keys
                        FOR EACH ROW EXECUTE FUNCTION export.refuse_key_change();
                    """)
            }
            let headers = ["Idempotency-Key": "order-8"]
            let first = try await server.send(
                .post, "/v1/exports", token: APITokens.registry(), json: APIFixtures.body(), headers: headers)
            let retry = try await server.send(
                .post, "/v1/exports", token: APITokens.registry(), json: APIFixtures.body(), headers: headers)
            #expect(first.status == 201, "\(first.text)")
            #expect(first.headers["Idempotent-Replayed"] == nil)
            #expect(retry.status == 201 && retry.body == first.body, "\(retry.text)")
            #expect(retry.headers["Idempotent-Replayed"] == "true")
            let rows = try await server.pool.query(
                """
                SELECT (SELECT count(*) FROM export.exports),
                       (SELECT count(*) FROM export.idempotency_keys k JOIN export.exports e ON e.uuid = k.export_uuid)
                """)
            #expect(try rows[0].decode(Int.self, at: 0) == 1 && rows[0].decode(Int.self, at: 1) == 1)
        }
    }

    @Test func repeatedSendQueuesTheEmailsOnce() async throws {
        try await APITestServer.with("api_idem_send") { server in
            let uuid = try await APIActionsTests.export(in: "success", server: server)
            let body = #"{"recipients": ["Jeanne Martin <jeanne@example.org>", "ops@example.org"]}"#
            let headers = ["Idempotency-Key": "send-1"]
            let first = try await server.send(
                .post, "/v1/exports/\(uuid)/send", token: APITokens.registry(), json: body, headers: headers)
            let again = try await server.send(
                .post, "/v1/exports/\(uuid)/send", token: APITokens.registry(), json: body, headers: headers)
            #expect(first.status == 202 && first.json["queued"] as? Int == 2)
            #expect(again.status == 202 && again.body == first.body)
            #expect(first.headers["Idempotent-Replayed"] == nil && again.headers["Idempotent-Replayed"] == "true")
            let other = try await server.send(
                .post, "/v1/exports/\(uuid)/send", token: APITokens.registry(), json: "{}", headers: headers)
            #expect(other.status == 409 && other.errorCode == "conflict")
            let rows = try await server.pool.query(
                "SELECT count(*), count(DISTINCT request_id) FROM export.notifications WHERE kind = 'send'")
            #expect(try rows[0].decode(Int.self, at: 0) == 2 && rows[0].decode(Int.self, at: 1) == 1)
        }
    }

    @Test func aKeyOfACreateCannotReplayOnASend() async throws {
        try await APITestServer.with("api_idem_scope") { server in
            let uuid = try await APIActionsTests.export(in: "success", server: server)
            let headers = ["Idempotency-Key": "shared"]
            let created = try await server.send(
                .post, "/v1/exports", token: APITokens.registry(), json: APIFixtures.body(), headers: headers)
            #expect(created.status == 201)
            let send = try await server.send(
                .post, "/v1/exports/\(uuid)/send", token: APITokens.registry(), json: "{}", headers: headers)
            #expect(send.status == 409 && send.errorCode == "conflict")
        }
    }
}
