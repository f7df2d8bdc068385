import ExportModels
import ExportPostgres
import ExportStore
import Foundation
import Testing

/// A delete or a cancellation that lands while the builder uploads: the object goes at once,
/// not at the janitor's orphan sweep an hour later. The upload is held for two seconds by a
/// `SlowDown` with `Retry-After` from `S3FaultProxy`.
@Suite struct BuilderErasureTests {
    @Test(arguments: ["delete", "cancel"])
    func anExportEndedDuringItsUploadLeavesNoObject(action: String) async throws {
        try await BuilderWorkerBench.with("builder_erase_\(action)") { bench in
            try await S3FaultProxy.with { proxy in
                let created = try await bench.createExport()
                try await proxy.arm(method: "PUT", retryAfter: 2)
                let builder = try bench.start("run", name: "builder", ["S3_ENDPOINT": proxy.endpoint.absoluteString])
                try await waitUntil(seconds: 30) { try await bench.status(created.uuid) == .uploading }
                let lifecycle = ExportLifecycle(pool: bench.pool)
                if action == "delete" {
                    _ = try await lifecycle.delete(created.id, actor: "42")
                } else {
                    _ = try await lifecycle.cancel(created.id, actor: "42")
                }
                try await waitUntil(seconds: 30) { try await proxy.journal().filter { $0.method == "PUT" }.count == 2 }
                try await waitUntil(seconds: 20) { try await bench.storedKeys(created.uuid).isEmpty }
                #expect(try await bench.status(created.uuid) == (action == "delete" ? .expired : .canceled))
                #expect(try await bench.notificationKinds(bench.record(created.uuid)).isEmpty)
                #expect(try await builder.terminate() == 0)
            }
        }
    }
}
