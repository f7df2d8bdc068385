import ExportModels
import ExportPostgres
import ExportStorage
import Foundation
import Testing

@testable import ExportJanitor

/// The bucket clean-up: objects under `exports/` without a live export are deleted once older
/// than an hour; unfinished uploads are aborted after a day.
@Suite struct JanitorStorageSweepTests {
    @Test func deletesOldOrphansAndKeepsYoungOrLiveObjects() async throws {
        try await JanitorFixtures.withDatabase("janitor_sweep") { pool, _ in
            let storage = try await JanitorFixtures.makeStorage()
            let live = try await JanitorFixtures.createFinishedExport(pool, finishedDaysAgo: 1)
            try await JanitorFixtures.storeFile(of: live, in: storage)
            let orphan = "exports/\(UUID().uuidString.lowercased())/orphan.zip"
            let outside = "opendata/2025-01/2025-01.csv"
            for key in [orphan, outside] { try await storage.put(Data("x".utf8), key: key, contentType: "text/plain") }
            let pass = try JanitorFixtures.makePass(pool: pool, storage: storage)

            let young = await pass.run()
            #expect(young.storage.orphansDeleted == 0)
            #expect(try await storage.head(key: orphan) != nil)

            let old = await pass.run(now: Date().addingTimeInterval(2 * 3600))
            #expect(old.storage.orphansDeleted == 1)
            #expect(try await storage.head(key: orphan) == nil)
            #expect(try await storage.head(key: try #require(live.fileKey)) != nil)
            #expect(try await storage.head(key: outside) != nil)
        }
    }

    @Test func keepsTheObjectOfAnExportStillRunningOrWaitingThoughNoFileKeyIsRecordedYet() async throws {
        try await JanitorFixtures.withDatabase("janitor_sweep_running") { pool, _ in
            let storage = try await JanitorFixtures.makeStorage()
            var keys: [String] = []
            for status in ["uploading", "sending", "pending"] {
                let export = try await JanitorFixtures.createFinishedExport(pool, finishedDaysAgo: 0)
                try await pool.execute(
                    "UPDATE export.exports SET status = $2, file_key = NULL, finished_at = NULL WHERE _id = $1",
                    [export.id, status])
                let key = try #require(export.fileKey)
                try await storage.put(Data("en cours".utf8), key: key, contentType: "application/zip")
                keys.append(key)
            }
            let pass = try JanitorFixtures.makePass(pool: pool, storage: storage)

            #expect(await pass.run(now: Date().addingTimeInterval(2 * 3600)).storage.orphansDeleted == 0)
            for key in keys { #expect(try await storage.head(key: key) != nil, "\(key)") }
        }
    }

    @Test func aStorageFailureSkipsOnlyTheSweepAndIsReported() async throws {
        try await JanitorFixtures.withDatabase("janitor_step_failure") { pool, _ in
            var configuration = try await JanitorFixtures.makeBucket()
            configuration.bucket = "missing-\(UUID().uuidString.prefix(8).lowercased())"
            let storage = S3Storage(configuration: configuration, logger: S3TestEnvironment.logger)
            let stale = try await JanitorFixtures.createFinishedExport(
                pool, status: .processing, finishedDaysAgo: 0, withFile: false)
            try await pool.execute(
                "UPDATE export.exports SET heartbeat_at = now() - interval '1 hour', finished_at = NULL WHERE _id = $1",
                [stale.id])

            let report = try await JanitorFixtures.makePass(pool: pool, storage: storage).run()

            #expect(report.failedSteps == [.storage])
            #expect(report.leasesRescued == 1, "the steps after the sweep still ran")
            #expect(try await JanitorFixtures.status(pool, stale) == "pending")
        }
    }

    @Test func abortsUploadsBegunMoreThanADayAgo() async throws {
        try await JanitorFixtures.withDatabase("janitor_uploads") { pool, _ in
            let bucket = try await JanitorFixtures.makeBucket()
            let storage = S3Storage(configuration: bucket, logger: S3TestEnvironment.logger)
            let key = "exports/\(UUID().uuidString.lowercased())/partial.zip"
            _ = try await S3TestRequests(configuration: bucket).beginUpload(key: key)
            let pass = try JanitorFixtures.makePass(pool: pool, storage: storage)

            // moto reports a fixed past start time for every upload, so only the abort is checked here.
            #expect(try await storage.listMultipartUploads(prefix: "exports/").count == 1)
            #expect(await pass.run(now: Date().addingTimeInterval(25 * 3600)).storage.uploadsAborted == 1)
            #expect(try await storage.listMultipartUploads(prefix: "exports/").isEmpty)
        }
    }
}
