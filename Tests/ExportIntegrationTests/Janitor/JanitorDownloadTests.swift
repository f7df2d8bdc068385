import ExportCurl
import ExportPostgres
import ExportStorage
import Foundation
import Testing

@testable import ExportAPI
@testable import ExportJanitor

/// What the people holding a link see once the janitor has expired their export: 410 on the
/// bearer download and on the e-mail link, whatever the token's own expiry.
@Suite struct JanitorDownloadTests {
    @Test func anExportExpiredByTheJanitorAnswers410ToEveryLink() async throws {
        try await APITestServer.with("janitor_download") { server in
            let uuid = try await APIActionsTests.export(in: "success", server: server)
            let token = try await APIDownloadTests.tokens().sign(
                exportUUID: UUID(uuidString: uuid)!, recipientID: 1, expiresAt: Date().addingTimeInterval(3600))
            #expect(try await server.send(.get, "/v1/exports/\(uuid)/download?token=\(token)").status == 200)
            try await server.pool.execute(
                "UPDATE export.exports SET expires_at = now() - interval '1 minute' WHERE uuid = $1",
                [UUID(uuidString: uuid)!])

            let storage = LocalStorage(directory: server.storageDirectory)
            let report = try await JanitorFixtures.makePass(pool: server.pool, storage: storage).run()

            #expect(report.exportsExpired == 1 && report.filesPurged == 1)
            let byToken = try await server.send(.get, "/v1/exports/\(uuid)/download?token=\(token)")
            #expect(byToken.status == 410 && byToken.errorCode == "gone")
            let byBearer = try await server.send(.get, "/v1/exports/\(uuid)/download", token: APITokens.registry())
            #expect(byBearer.status == 410 && byBearer.errorCode == "gone")
        }
    }
}
