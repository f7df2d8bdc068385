import ExportModels
import ExportPostgres
import ExportStore
import Foundation
import Testing

/// Builds that end before their time: cancelled by a user, or their builder killed.
@Suite struct BuilderStopTests {
    @Test func cancellingDuringTheBuildStoresNothingAndSendsNothing() async throws {
        try await BuilderWorkerBench.with("builder_cancel") { bench in
            let created = try await bench.createExport(format: .xlsx)
            let builder = try await bench.withUpstreamLocked {
                let builder = try bench.start("run", name: "builder", ["BUILDER_LEASE_TIMEOUT": "6"])
                try await waitUntil(seconds: 20) { try await bench.status(created.uuid) == .processing }
                _ = try await ExportLifecycle(pool: bench.pool).cancel(created.id, actor: "42")
                try await waitUntil(seconds: 20) { bench.output("builder").contains("stopping the attempt") }
                return builder
            }
            try await waitUntil(seconds: 20) { bench.output("builder").contains("nothing stored") }
            let record = try await bench.record(created.uuid)
            #expect(record.status == .canceled)
            #expect(try await bench.storedKeys(created.uuid).isEmpty)
            #expect(try await bench.notificationKinds(record).isEmpty)
            #expect(try bench.workEntries().isEmpty)
            #expect(try await bench.statusLogs(record) == ["processing (attempt 1)"])
            #expect(try await builder.terminate() == 0)
        }
    }

    @Test func anExportOfAKilledBuilderIsRescuedByAnotherAndSucceeds() async throws {
        try await BuilderWorkerBench.with("builder_kill") { bench in
            let created = try await bench.createExport()
            try await bench.withUpstreamLocked {
                let doomed = try bench.start("run", name: "doomed")
                try await waitUntil(seconds: 20) { try await bench.status(created.uuid) == .processing }
                kill(doomed.process.processIdentifier, SIGKILL)
                try await waitUntil { !doomed.process.isRunning }
            }
            let rescuer = try bench.start(
                "run", name: "rescuer", ["BUILDER_LEASE_TIMEOUT": "4", "BUILDER_POLL_INTERVAL": "1"])
            try await waitUntil(seconds: 20) {
                try await bench.statusLogs(bench.record(created.uuid)).contains("pending (lease expired)")
            }
            try await bench.skipBackoff(created.uuid)
            try await waitUntil(seconds: 30) { try await bench.status(created.uuid) == .success }
            let record = try await bench.record(created.uuid)
            #expect(record.attempts == 2)
            #expect(try await bench.storedKeys(created.uuid).count == 1)
            #expect(try await bench.notificationKinds(record) == ["success", "success"])
            // The killed builder's scratch folder goes at the rescuer's next poll.
            try await waitUntil(seconds: 10) { try bench.workEntries().isEmpty }
            #expect(try await rescuer.terminate() == 0)
        }
    }
}
