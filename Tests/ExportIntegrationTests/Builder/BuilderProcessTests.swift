import ExportModels
import ExportPostgres
import ExportStorage
import ExportStore
import Foundation
import Testing

/// `export-builder process`, the cron form: drains the queue and exits, alone or beside
/// another builder, through successes and failures.
@Suite struct BuilderProcessTests {
    @Test func twoBuildersDrainTheQueueBuildingEachExportExactlyOnce() async throws {
        try await BuilderWorkerBench.with("builder_drain") { bench in
            var exports: [ExportRecord] = []
            for format in [ExportFormat.csv, .xlsx, .csv, .xlsx, .csv] {
                exports.append(try await bench.createExport(format: format))
            }
            let first = try bench.start("process", name: "first", ["BUILDER_CONCURRENCY": "2"])
            let second = try bench.start("process", name: "second", ["BUILDER_CONCURRENCY": "2"])
            try await waitUntil(seconds: 90) { !first.process.isRunning && !second.process.isRunning }
            #expect(first.process.terminationStatus == 0)
            #expect(second.process.terminationStatus == 0)
            for export in exports {
                let record = try await bench.record(export.uuid)
                #expect(record.status == .success)
                #expect(record.attempts == 1)
                #expect(try await bench.statusLogs(record).filter { $0.hasPrefix("processing") }.count == 1)
                #expect(try await bench.storedKeys(export.uuid).count == 1)
            }
            #expect(try bench.workEntries().isEmpty)
        }
    }

    @Test func fourBuildersBuildTwoHundredExportsEachExactlyOnce() async throws {
        try await BuilderWorkerBench.with("builder_four") { bench in
            var exports: [ExportRecord] = []
            for index in 0..<200 {
                exports.append(try await bench.createExport(format: index % 2 == 0 ? .csv : .xlsx))
            }
            let builders = try (1...4).map { try bench.start("run", name: "builder-\($0)") }
            try await waitUntil(seconds: 300) {
                try await bench.pool.query(
                    "SELECT count(*) FROM export.exports WHERE status = 'success'")[0].decode(Int.self, at: 0) == 200
            }
            for builder in builders { #expect(try await builder.terminate() == 0) }
            let claims = try await bench.pool.query(
                """
                SELECT e.attempts, (SELECT count(*) FROM export.logs l
                                    WHERE l.export_id = e._id AND l.type = 'status' AND l.message LIKE 'processing%')
                FROM export.exports e
                """)
            #expect(claims.count == 200)
            #expect(try claims.allSatisfy { try $0.decode(Int.self, at: 0) == 1 && $0.decode(Int.self, at: 1) == 1 })
            let stored = try await bench.storedKeys(prefix: "exports/")
            #expect(stored.count == 200)
            let storedExports = Set(stored.map { String($0.split(separator: "/")[1]) })
            #expect(storedExports == Set(exports.map { $0.uuid.uuidString.lowercased() }))
        }
    }

    @Test func refusesAnInvalidSettingWithItsNameAndTouchesNothing() async throws {
        try await BuilderWorkerBench.with("builder_settings") { bench in
            let created = try await bench.createExport()
            #expect(try await bench.process(name: "builder", ["BUILDER_CONCURRENCY": "lots"]) != 0)
            #expect(bench.output("builder").contains("BUILDER_CONCURRENCY"))
            #expect(try await bench.status(created.uuid) == .pending)
        }
    }

    @Test func exitsNonZeroWhenTheQueueCannotBeRead() async throws {
        try await TestDatabase.with("builder_no_schema") { _, database in
            try await BuilderWorkerBench.with("builder_unreadable") { bench in
                let status = try await bench.process(name: "builder", ["DATABASE_URL": database.url])
                #expect(status != 0)
                #expect(bench.output("builder").contains("could not claim exports from the queue"))
            }
        }
    }

    @Test func anExportWithoutRowsSucceedsWithAValidFile() async throws {
        try await BuilderWorkerBench.with("builder_empty") { bench in
            let june = (
                ISO8601DateFormatter().date(from: "2024-05-31T22:00:00Z")!,
                ISO8601DateFormatter().date(from: "2024-06-30T22:00:00Z")!
            )
            let created = try await bench.createExport(format: .xlsx, period: june)
            #expect(try await bench.process(name: "builder") == 0)
            let record = try await bench.record(created.uuid)
            #expect(record.status == .success)
            #expect(record.statsValues["rows"] as? Int == 0)
            let zip = bench.workDirectory + "/downloaded.zip"
            try await S3Storage(configuration: bench.bucket, logger: S3TestEnvironment.logger)
                .download(key: try #require(record.fileKey), toFileAt: zip)
            let contents = try await BuilderZipContents.read(zip)
            #expect(contents.names.contains("LISEZMOI.txt"))
            #expect(contents.sheetNames == ["Trajets", "Aide"])
            #expect(contents.sheets?["Trajets"]?.count == 1, "the header row only")
        }
    }

    @Test func badInputFailsForGoodWithoutRetry() async throws {
        try await BuilderWorkerBench.with("builder_bad_input") { bench in
            #expect(try await bench.expectedRows() > 100)
            let tooLarge = try await bench.createExport()
            let unknownZone = try await bench.createExport(tz: "Mars/Olympus_Mons")
            #expect(try await bench.process(name: "builder", ["EXPORT_MAX_ROWS": "100"]) == 0)
            for (export, phase, words) in [(tooLarge, "count", "EXPORT_MAX_ROWS"), (unknownZone, "build", "time zone")]
            {
                let record = try await bench.record(export.uuid)
                #expect(record.status == .error)
                #expect(record.attempts == 1)
                #expect(record.errorValues["phase"] as? String == phase)
                #expect((record.errorValues["message"] as? String)?.contains(words) == true)
                #expect(try await bench.notificationKinds(record).contains("failure"))
                #expect(try await bench.storedKeys(export.uuid).isEmpty)
            }
            #expect(try bench.workEntries().isEmpty)
        }
    }

    @Test func aFailingUploadIsRetriedThenEndsInErrorWithItsEmails() async throws {
        try await BuilderWorkerBench.with("builder_upload") { bench in
            let created = try await bench.createExport()
            let refused = [
                "S3_ENDPOINT": try S3TestEnvironment.variable("TEST_S3_AUTH_ENDPOINT"),
                "S3_BUCKET": try S3TestEnvironment.variable("TEST_S3_AUTH_BUCKET"),
                "S3_ACCESS_KEY_ID": try S3TestEnvironment.variable("TEST_S3_AUTH_ACCESS_KEY_ID"),
                "S3_SECRET_ACCESS_KEY": "not-the-secret", "BUILDER_MAX_ATTEMPTS": "2",
            ]
            #expect(try await bench.process(name: "first", refused) == 0)
            var record = try await bench.record(created.uuid)
            #expect(record.status == .pending, "retried after a backoff")
            #expect(record.attempts == 1)
            #expect(record.errorValues["phase"] as? String == "upload")
            #expect(try await bench.notificationKinds(record).isEmpty, "no e-mail while attempts remain")
            try await bench.skipBackoff(created.uuid)
            #expect(try await bench.process(name: "second", refused) == 0)
            record = try await bench.record(created.uuid)
            #expect(record.status == .error)
            #expect(record.attempts == 2)
            let kinds = try await bench.notificationKinds(record)
            #expect(kinds.filter { $0 == "failure" }.count == 2)
            #expect(kinds.contains("support"))
            #expect(try bench.workEntries().isEmpty)
            #expect(!bench.output("second").contains("not-the-secret"))
        }
    }
}
