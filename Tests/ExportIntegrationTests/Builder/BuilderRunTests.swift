import ExportModels
import ExportPostgres
import ExportStorage
import ExportStore
import Foundation
import Testing

/// `export-builder run` as an operator runs it: woken by `NOTIFY export_created`, stopped by
/// SIGTERM (as `process` is).
@Suite struct BuilderRunTests {
    @Test func buildsAnExportAsSoonAsItsCreationIsNotified() async throws {
        try await BuilderWorkerBench.with("builder_notify") { bench in
            try await NotifierStandIn.with { notifier in
                try await buildWokenByNotify(bench, notifier: notifier)
            }
        }
    }

    /// The body of `buildsAnExportAsSoonAsItsCreationIsNotified`, with the notifier's stand-in.
    private func buildWokenByNotify(_ bench: BuilderWorkerBench, notifier: NotifierStandIn) async throws {
        let healthPort = try ServiceProcess.freePort()
        let builder = try bench.start(
            "run", name: "builder",
            [
                "NOTIFIER_URL": notifier.baseURL.absoluteString, "INTERNAL_TOKEN": "t0ken",
                "HEALTH_PORT": "\(healthPort)",
            ])
        // Wait for the listening connection, so that only the notification can wake it (the
        // poll interval is an hour and the look at start found nothing).
        try await waitUntil(seconds: 20) {
            try await bench.pool.query(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = $1 AND query LIKE 'LISTEN%'",
                [bench.database.name])[0].decode(Int.self, at: 0) == 1
        }
        let created = try await bench.createExport(format: .xlsx)
        try await waitUntil(seconds: 30) { try await bench.status(created.uuid) == .success }
        let record = try await bench.record(created.uuid)
        let key = try #require(record.fileKey)
        #expect(
            key == "exports/\(created.uuid.uuidString.lowercased())/rpc-export-registry-2025-01-01-2025-02-01-"
                + "\(created.uuid.uuidString.lowercased().prefix(8)).zip")
        #expect(try await bench.storedKeys(created.uuid) == [key])
        #expect(record.progress == 100)
        #expect(record.attempts == 1)
        let values = record.statsValues
        #expect(values["rows"] as? Int == (try await bench.expectedRows()))
        #expect(values["sheets"] as? Int == 1)
        #expect((values["file_size"] as? Int ?? 0) > 0)
        #expect(values["duration_ms"] is Int)
        #expect(
            try await bench.statusLogs(record) == [
                "processing (attempt 1)", "uploading", "sending", "success",
            ])
        #expect(try await bench.notificationKinds(record) == ["success", "success"])
        #expect(try bench.workEntries().isEmpty)
        let metrics = await ServiceProcess.get("http://127.0.0.1:\(healthPort)/metrics", bearer: "t0ken")?.1 ?? ""
        #expect(metrics.contains("builder_exports_built_total 1"))
        #expect(metrics.contains("builder_rows_written_total \(try await bench.expectedRows())"))
        #expect(try await builder.terminate() == 0)
        let output = bench.output("builder")
        #expect(output.contains("export built and stored"))
        for phase in ["count_ms", "query_ms", "rows_ms", "zip_ms", "upload_ms"] {
            #expect(output.contains("\"\(phase)\""), "the time of each phase is logged")
        }
        #expect(output.contains("\"export.uuid\":\"\(created.uuid.uuidString.lowercased())\""))
        #expect(!output.contains("@example.org"), "no e-mail address in the logs")
        #expect(notifier.authorizations == ["Bearer t0ken"], "the notifier woken once, with the token")
    }

    @Test(arguments: ["run", "process"])
    func sigtermDuringABuildGivesTheExportBackWithoutSpendingTheAttempt(command: String) async throws {
        try await BuilderWorkerBench.with("builder_sigterm") { bench in
            let created = try await bench.createExport()
            // The upstream table stays locked until the builder has exited: its statement, waiting
            // on the lock, must be cancelled for the shutdown to end. SIGTERM may also land between
            // the claim and the build: the export is then given back at once.
            let builder = try await bench.withUpstreamLocked {
                let builder = try bench.start(command, name: "builder")
                try await waitUntil(seconds: 20) { try await bench.status(created.uuid) == .processing }
                kill(builder.process.processIdentifier, SIGTERM)
                try await waitUntil(seconds: 60) { !builder.process.isRunning }
                return builder
            }
            #expect(builder.process.terminationStatus == 0)
            let record = try await bench.record(created.uuid)
            #expect(record.status == .pending)
            #expect(record.attempts == 0)
            #expect(try await bench.statusLogs(record).last == "pending (released at shutdown)")
            #expect(try await bench.storedKeys(created.uuid).isEmpty)
            #expect(try bench.workEntries().isEmpty)
            #expect(try await bench.notificationKinds(record).isEmpty)
        }
    }

    @Test func anExportGivenBackAtEveryShutdownSpendsItsAttemptOnceReleasedFiveTimes() async throws {
        try await BuilderWorkerBench.with("builder_releases") { bench in
            let created = try await bench.createExport()
            try await bench.pool.execute("UPDATE export.exports SET releases = 5 WHERE _id = $1", [created.id])
            let builder = try await bench.withUpstreamLocked {
                let builder = try bench.start("run", name: "builder", ["BUILDER_MAX_ATTEMPTS": "1"])
                try await waitUntil(seconds: 20) { try await bench.status(created.uuid) == .processing }
                kill(builder.process.processIdentifier, SIGTERM)
                try await waitUntil(seconds: 60) {
                    bench.output("builder").contains("stopping the attempt") || !builder.process.isRunning
                }
                return builder
            }
            try await waitUntil(seconds: 60) { !builder.process.isRunning }
            #expect(builder.process.terminationStatus == 0)
            let record = try await bench.record(created.uuid)
            #expect(record.status == .error)
            #expect(record.attempts == 1)
            #expect(record.errorValues["phase"] as? String == "shutdown")
            #expect(try await bench.notificationKinds(record) == ["failure", "failure", "support"])
        }
    }
}
