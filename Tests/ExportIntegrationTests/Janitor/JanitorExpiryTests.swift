import ExportModels
import ExportPostgres
import ExportStorage
import ExportStore
import Foundation
import Testing

@testable import ExportJanitor

/// The expiry step: successful exports past `expires_at` lose their file and become `expired`,
/// once, however many janitors run.
@Suite struct JanitorExpiryTests {
    @Test func expiresExportsPastTheirDateAndDeletesOnlyTheirFiles() async throws {
        try await JanitorFixtures.withDatabase("janitor_expiry") { pool, _ in
            let storage = try await JanitorFixtures.makeStorage()
            let expired = try await JanitorFixtures.createFinishedExport(pool, finishedDaysAgo: 8)
            let live = try await JanitorFixtures.createFinishedExport(pool, finishedDaysAgo: 2)
            try await JanitorFixtures.storeFile(of: expired, in: storage)
            try await JanitorFixtures.storeFile(of: live, in: storage)

            let report = try await JanitorFixtures.makePass(pool: pool, storage: storage).run()

            #expect(report.exportsExpired == 1 && report.filesPurged == 1)
            #expect(try await JanitorFixtures.status(pool, expired) == "expired")
            #expect(try await storage.head(key: try #require(expired.fileKey)) == nil)
            #expect(try await JanitorFixtures.logCount(pool, expired, .expired) == 1)
            #expect(try await JanitorFixtures.logCount(pool, expired, .purged) == 1)
            #expect(try await JanitorFixtures.status(pool, live) == "success")
            #expect(try await storage.head(key: try #require(live.fileKey)) != nil)
        }
    }

    @Test func aSecondPassChangesNothing() async throws {
        try await JanitorFixtures.withDatabase("janitor_idempotent") { pool, _ in
            let storage = try await JanitorFixtures.makeStorage()
            let export = try await JanitorFixtures.createFinishedExport(pool, finishedDaysAgo: 10)
            try await JanitorFixtures.storeFile(of: export, in: storage)
            let pass = try JanitorFixtures.makePass(pool: pool, storage: storage)

            let first = await pass.run()
            let logsAfterFirst = try await pool.query("SELECT count(*) FROM export.logs")[0].decode(Int.self, at: 0)
            let second = await pass.run(now: Date().addingTimeInterval(7200))

            #expect(first.exportsExpired == 1 && first.recipientsScrambled == 1)
            #expect(second.isEmpty)
            #expect(
                try await pool.query("SELECT count(*) FROM export.logs")[0].decode(Int.self, at: 0) == logsAfterFirst)
        }
    }

    @Test func twoJanitorsAtOnceActOnEachExportOnce() async throws {
        try await JanitorFixtures.withDatabase("janitor_concurrent") { pool, database in
            let storage = try await JanitorFixtures.makeStorage()
            var exports: [ExportRecord] = []
            for _ in 0..<12 {
                let export = try await JanitorFixtures.createFinishedExport(pool, finishedDaysAgo: 9)
                try await JanitorFixtures.storeFile(of: export, in: storage)
                exports.append(export)
            }
            let otherPool = database.pool(size: 4)
            let first = try JanitorFixtures.makePass(pool: pool, storage: storage)
            let second = try JanitorFixtures.makePass(pool: otherPool, storage: storage)

            async let firstReport = first.run()
            async let secondReport = second.run()
            let done = await [firstReport, secondReport]
            await otherPool.close()

            #expect(done.map(\.exportsExpired).reduce(0, +) == exports.count)
            #expect(done.map(\.exportsScrambled).reduce(0, +) == exports.count)
            for export in exports {
                #expect(try await JanitorFixtures.logCount(pool, export, .expired) == 1)
                #expect(try await JanitorFixtures.logCount(pool, export, .purged) == 1)
                #expect(try await JanitorFixtures.logCount(pool, export, .scrambled) == 1)
                #expect(try await storage.head(key: try #require(export.fileKey)) == nil)
            }
        }
    }
}
