import ExportCurl
import ExportPostgres
import Foundation
import Testing

/// Validation of a new export (docs/validation.md, docs/api.md §2): every failure a 400
/// `validation_failed` naming the field, never a 500, and nothing stored.
@Suite struct APIValidationTests {
    /// A body and the field its error must name.
    static var invalidBodies: [(String, String)] {
        let start = APIFixtures.instant(daysAgo: 30)
        let end = APIFixtures.instant(daysAgo: 10)
        func body(_ members: String) -> String { APIFixtures.body(members) }
        return [
            (#"{"end_at": "\#(end)"}"#, "start_at"),
            (#"{"start_at": "\#(start)"}"#, "end_at"),
            (#"{"start_at": "\#(end)", "end_at": "\#(start)"}"#, "end_at"),
            (#"{"start_at": "\#(start)", "end_at": "\#(start)"}"#, "end_at"),
            (#"{"start_at": "2025-01-01", "end_at": "\#(end)"}"#, "start_at"),
            (#"{"start_at": "2025-01-01T00:00:00", "end_at": "\#(end)"}"#, "start_at"),
            (#"{"start_at": "\#(APIFixtures.instant(daysAgo: 1200))", "end_at": "\#(end)"}"#, "start_at"),
            (#"{"start_at": "\#(start)", "end_at": "\#(APIFixtures.instant(daysAgo: 1))"}"#, "end_at"),
            (#"{"start_at": 20250101, "end_at": "\#(end)"}"#, "start_at"),
            (body(#""tz": "Europe/Nowhere""#), "tz"),
            (body(#""format": "pdf""#), "format"),
            (body(#""operator_id": [0]"#), "operator_id"),
            (body(#""operator_id": ["12"]"#), "operator_id[0]"),
            (body(#""operator_id": [1.5]"#), "body"),
            (body(#""operator_id": \#(Array(1...129))"#), "operator_id"),
            (body(#""territory_id": \#(Array(1...65))"#), "territory_id"),
            (body(#""geo_selector": {"city": ["91471"]}"#), "geo_selector.city"),
            (body(#""geo_selector": {"com": ["9147"]}"#), "geo_selector.com[0]"),
            (body(#""geo_selector": {"epci": ["20005623"]}"#), "geo_selector.epci[0]"),
            (body(#""geo_selector": {"reg": ["1a"]}"#), "geo_selector.reg[0]"),
            (body(#""geo_selector": {"dep": ["9"]}"#), "geo_selector.dep[0]"),
            (body(#""geo_selector": {"com": \#((0..<1001).map { String(format: "\"%05d\"", $0) })}"#), "geo_selector"),
            (body(#""recipients": ["not-an-address"]"#), "recipients[0]"),
            (body(#""recipients": ["a@b"]"#), "recipients[0]"),
            (body(#""recipients": ["a@@b.fr"]"#), "recipients[0]"),
            (body(#""recipients": ["\#(String(repeating: "a", count: 65))@example.org"]"#), "recipients[0]"),
            (body(#""recipients": \#((0..<25).map { "\"u\($0)@example.org\"" })"#), "recipients"),
            (body(#""unknown": 1"#), "unknown"),
            ("[1, 2]", "body"),
            ("{not json", "body"),
        ]
    }

    /// Strings meant to break out of an SQL literal, tried in every string field.
    static let injections = [
        "'; DROP TABLE export.exports; --", "91471' OR '1'='1", "\") OR 1=1 --", "x'||pg_sleep(5)||'",
    ]

    @Test func refusesEveryInvalidBodyNamingTheField() async throws {
        try await APITestServer.with("api_validation") { server in
            for (body, field) in Self.invalidBodies {
                let response = try await server.send(.post, "/v1/exports", token: APITokens.registry(), json: body)
                #expect(response.status == 400, "\(field): \(response.text)")
                #expect(response.errorCode == "validation_failed", "\(field)")
                #expect(response.errorFields.contains(field), "\(field): \(response.errorFields)")
            }
            #expect(try await server.pool.query("SELECT 1 FROM export.exports").isEmpty)
        }
    }

    @Test func refusesSQLInjectionInEveryStringFieldAndLeavesTheDatabaseIntact() async throws {
        try await APITestServer.with("api_injection") { server in
            for attack in Self.injections {
                let quoted = String(decoding: try JSONEncoder().encode(attack), as: UTF8.self)
                let members = [
                    #""tz": \#(quoted)"#, #""format": \#(quoted)"#, #""recipients": [\#(quoted)]"#,
                    #""geo_selector": {"com": [\#(quoted)]}"#, #""geo_selector": {\#(quoted): ["91471"]}"#,
                ]
                for member in members {
                    let response = try await server.send(
                        .post, "/v1/exports", token: APITokens.registry(), json: APIFixtures.body(member))
                    #expect(response.status == 400, "\(member)")
                }
                let start = try await server.send(
                    .post, "/v1/exports", token: APITokens.registry(),
                    json: #"{"start_at": \#(quoted), "end_at": "\#(APIFixtures.instant(daysAgo: 10))"}"#)
                #expect(start.status == 400)
                #expect(
                    try await server.send(
                        .get, "/v1/exports/\(attack.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)",
                        token: APITokens.registry()
                    ).status == 404)
            }
            let tables = try await server.pool.query("SELECT count(*) FROM export.exports")
            #expect(try tables[0].decode(Int.self, at: 0) == 0)
        }
    }

    @Test func refusesOversizedBodiesWith413() async throws {
        try await APITestServer.with("api_oversized") { server in
            let padding = String(repeating: " ", count: 70 * 1024)
            let response = try await server.send(
                .post, "/v1/exports", token: APITokens.registry(), json: APIFixtures.body() + padding)
            #expect(response.status == 413)
            #expect(response.errorCode == "payload_too_large")
        }
    }
}
