import ExportModels
import ExportPostgres
import ExportRuntime
import ExportStore
import Foundation
import Testing

@testable import ExportBuilder
@testable import ExportTrips

/// One attempt driven in-process, where a test needs to stand between two of its steps.
@Suite struct BuilderAttemptTests {
    /// Runs `body` with a worker wired by the process's own build function on `bench`.
    private func withWorker(
        _ bench: BuilderWorkerBench, name: String, _ body: (BuilderWorker) async throws -> Void
    ) async throws {
        let worker = try BuilderServices.buildWorker(
            reader: ServiceEnvironment.reader(overrides: bench.environment()), pool: bench.pool, logger: .quiet,
            worker: name)
        do {
            try await body(worker)
            await worker.upstream.close()
        } catch {
            await worker.upstream.close()
            throw error
        }
    }

    @Test func progressIsWrittenAtMostOnceASecondAndTheRowLimitStopsTheAttempt() async throws {
        try await BuilderWorkerBench.with("builder_progress") { bench in
            let created = try await bench.createExport()
            try await withWorker(bench, name: "builder-a") { worker in
                let (lease, _) = try #require(try await worker.drainer.queue.claim())
                let stop = StopSignal()
                let reporter = ProgressReporter(
                    queue: worker.drainer.queue, lease: lease, maxRows: 1_000, stop: stop,
                    deadline: LeaseDeadline(renewedAt: .now, trust: .seconds(60)), logger: .quiet)
                await reporter.report(TripExportProgress(rowsWritten: 50, rowsTotal: 100))
                #expect(try await bench.record(created.uuid).progress == 50)
                await reporter.report(TripExportProgress(rowsWritten: 80, rowsTotal: 100))
                #expect(try await bench.record(created.uuid).progress == 50, "a second write within the second")
                #expect(stop.reason == nil)
                await reporter.report(TripExportProgress(rowsWritten: 0, rowsTotal: 1_001))
                #expect(stop.reason == .tooManyRows(1_001))
            }
        }
    }

    @Test func aBuilderWhoseExportWasTakenBackStoresNothingAndLeavesItToTheNewOwner() async throws {
        try await BuilderWorkerBench.with("builder_fenced") { bench in
            let created = try await bench.createExport()
            try await withWorker(bench, name: "builder-stalled") { stalled in
                try await withWorker(bench, name: "builder-rescuer") { rescuer in
                    let (staleLease, staleRecord) = try #require(try await stalled.drainer.queue.claim())
                    // The stalled builder stops beating; the rescuer takes the export back and claims it.
                    try await bench.pool.execute(
                        "UPDATE export.exports SET heartbeat_at = now() - interval '1 hour' WHERE uuid = $1",
                        [created.uuid])
                    try await LeaseRescue(pool: bench.pool, actor: "builder-rescuer")
                        .rescueStale(leaseTimeoutSeconds: 60, maxAttempts: 3)
                    try await bench.skipBackoff(created.uuid)
                    let (lease, record) = try #require(try await rescuer.drainer.queue.claim())

                    await stalled.drainer.job.run(staleLease, staleRecord)
                    #expect(try await bench.storedKeys(created.uuid).isEmpty)
                    #expect(try await bench.status(created.uuid) == .processing, "still the rescuer's")
                    #expect(try await !bench.statusLogs(bench.record(created.uuid)).contains("uploading"))

                    await rescuer.drainer.job.run(lease, record)
                    #expect(try await bench.status(created.uuid) == .success)
                    #expect(try await bench.storedKeys(created.uuid).count == 1)
                    #expect(try bench.workEntries().isEmpty)
                }
            }
        }
    }

    @Test func sweepsOnlyTheScratchFoldersOfExportsNoBuilderRuns() async throws {
        try await BuilderWorkerBench.with("builder_sweep") { bench in
            let running = try await bench.createExport()
            try await withWorker(bench, name: "builder-a") { worker in
                _ = try #require(try await worker.drainer.queue.claim())
                // Pending: a folder of its own can only be left by a builder that stopped.
                let left = try await bench.createExport()
                let names = [
                    "rpc-export-\(left.uuid.uuidString.lowercased())-0a1b2c3d",
                    "rpc-export-\(running.uuid.uuidString.lowercased())-4e5f6a7b",
                    "rpc-opendata-upload-2025-01-8c9d0e1f", "notes",
                ]
                for name in names {
                    try FileManager.default.createDirectory(
                        atPath: "\(bench.workDirectory)/\(name)", withIntermediateDirectories: true)
                }
                let sweep = WorkFolderSweep(workDirectory: bench.workDirectory, pool: bench.pool, logger: .quiet)
                #expect(await sweep.run() == [names[0]])
                #expect(try bench.workEntries().sorted() == names.dropFirst().sorted())
            }
        }
    }
}
