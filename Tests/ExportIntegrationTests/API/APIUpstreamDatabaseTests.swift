import ExportCurl
import ExportPostgres
import ExportSchema
import Foundation
import Testing

/// The registry's tables read where `UPSTREAM_DATABASE_URL` says (a read replica in production),
/// not on the export database: the row counts of estimates and creates, and the perimeters of
/// territories, by the API and by `export:create`.
@Suite struct APIUpstreamDatabaseTests {
    @Test func countsRowsAndResolvesPerimetersOnTheUpstreamDatabase() async throws {
        try await APITestServer.with(
            "api_upstream", settings: ["export.max.rows": "4"], separateUpstream: true
        ) { server in
            try await APIFixtures.seedUpstream(server.upstream)
            let missing = try await server.pool.query("SELECT to_regclass('carpool_v2.carpools') IS NULL")
            #expect(try missing[0].decode(Bool.self, at: 0), "the export database holds upstream tables")

            let estimate = try await server.send(
                .post, "/v1/exports/estimate", token: APITokens.registry(), json: APIFixtures.body())
            #expect(estimate.status == 200 && estimate.json["rows"] as? Int == 5, "\(estimate.text)")
            let tooBig = try await server.send(
                .post, "/v1/exports", token: APITokens.registry(), json: APIFixtures.body())
            #expect(tooBig.status == 400 && tooBig.text.contains("5 lignes"), "\(tooBig.text)")
            let created = try await server.send(
                .post, "/v1/exports", token: APITokens.operatorUser(operatorID: 12), json: APIFixtures.body())
            #expect(created.status == 201, "\(created.text)")

            let territory = try await server.send(
                .post, "/v1/exports", token: APITokens.territoryUser(territoryID: 3), json: APIFixtures.body())
            #expect(territory.status == 201, "\(territory.text)")
            let selector = try await server.pool.query(
                "SELECT (params -> 'geo_selector')::text FROM export.exports WHERE type = 'territory'")
            #expect(try selector.map { try $0.decode(String.self, at: 0) } == [#"{"com": ["91471"]}"#])
        }
    }

    @Test func exportCreateCountsOnTheUpstreamDatabase() async throws {
        try await TestDatabase.with("cli_upstream", poolSize: 2) { pool, database in
            _ = try await SchemaMigrator(pool: pool, logger: .quiet).migrate([.export])
            try await TestDatabase.with("cli_upstream_up", poolSize: 2) { upstream, upstreamDatabase in
                _ = try await SchemaMigrator(pool: upstream, logger: .quiet).migrate([.upstream])
                try await APIFixtures.seedUpstream(upstream)
                let environment = [
                    "DATABASE_URL": database.url, "UPSTREAM_DATABASE_URL": upstreamDatabase.url,
                    "STORAGE_DIR": NSTemporaryDirectory(), "S3_ENDPOINT": "", "USER": "alice",
                    "JWT_SECRET": String(repeating: "s", count: 40), "LOG_LEVEL": "error", "EXPORT_MAX_ROWS": "4",
                ]
                let dates = [
                    "--start", AdminCommandTests.day(daysAgo: 30), "--end", AdminCommandTests.day(daysAgo: 10),
                ]
                let tooBig = try await CommandRun.run("export-api", ["export:create"] + dates, environment: environment)
                #expect(tooBig.status != 0 && tooBig.errors.contains("5 lignes"), "\(tooBig.errors)")
                let territory = try await CommandRun.run(
                    "export-api", ["export:create", "--type", "territory", "--territory", "3"] + dates,
                    environment: environment)
                #expect(territory.status == 0, "\(territory.errors)")
                let selector = try await pool.query("SELECT (params -> 'geo_selector')::text FROM export.exports")
                #expect(try selector.map { try $0.decode(String.self, at: 0) } == [#"{"com": ["91471"]}"#])
            }
        }
    }
}
