import ExportModels
import ExportPostgres
import ExportStore
import Foundation
import Testing

/// A builder whose link to the export database breaks while it builds (through `TCPProxy`).
@Suite struct BuilderLinkTests {
    @Test func aBuilderCutOffFromTheDatabaseStopsBeforeItsLeaseCanBeTakenBack() async throws {
        try await BuilderWorkerBench.with("builder_cut_off") { bench in
            let created = try await bench.createExport()
            try await TCPProxy.withPostgres(bench.database.url) { proxy, url in
                let settings = [
                    "DATABASE_URL": url, "UPSTREAM_DATABASE_URL": bench.database.url, "BUILDER_LEASE_TIMEOUT": "4",
                ]
                let cutOff = try await bench.withUpstreamLocked {
                    let builder = try bench.start("run", name: "cut-off", settings)
                    try await waitUntil(seconds: 20) { try await bench.status(created.uuid) == .processing }
                    try await proxy.freeze()
                    let frozen = ContinuousClock.now
                    try await waitUntil(seconds: 10) { bench.output("cut-off").contains("database unreachable") }
                    #expect(ContinuousClock.now - frozen < .seconds(4), "stopped before the lease may be taken")
                    return builder
                }
                // The upstream tables are free again: a builder that went on would store its file now.
                let rescue = LeaseRescue(pool: bench.pool, actor: "test")
                try await waitUntil(seconds: 20) {
                    try await rescue.rescueStale(leaseTimeoutSeconds: 4, maxAttempts: 3).contains(created.uuid)
                }
                try await bench.skipBackoff(created.uuid)
                #expect(try await bench.process(name: "rescuer") == 0)

                let record = try await bench.record(created.uuid)
                #expect(record.status == .success)
                #expect(record.attempts == 2)
                #expect(try await bench.storedKeys(created.uuid).count == 1)
                #expect(
                    try await bench.statusLogs(record) == [
                        "processing (attempt 1)", "pending (lease expired)", "processing (attempt 2)", "uploading",
                        "sending", "success",
                    ])
                proxy.stop()
                #expect(try await cutOff.terminate() == 0)
                #expect(try await bench.storedKeys(created.uuid).count == 1)
            }
        }
    }
}
