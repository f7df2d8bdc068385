import ExportModels
import ExportPostgres
import ExportStore
import Foundation
import Testing

/// `export-api export:create --wait` (docs/commands.md §2): after the uuid, a progress bar on standard
/// error fed by the export's progress until the export ends; exit 0 only on success.
@Suite struct AdminCreateWaitTests {
    /// The command ordering a CSV registry export of the bench's month, with `--wait`.
    private static let createAndWait = [
        "export:create", "--start", "2025-01-01", "--end", "2025-02-01", "--format", "csv", "--force", "--wait",
    ]

    /// The environment of `export-api` on `bench`.
    private static func environment(_ bench: BuilderWorkerBench) -> [String: String] {
        bench.environment(["JWT_SECRET": String(repeating: "s", count: 40), "LOG_LEVEL": "error", "USER": "alice"])
    }

    @Test func followsTheBuildToItsSuccess() async throws {
        try await BuilderWorkerBench.with("cli_wait") { bench in
            let builder = try bench.start("run", name: "builder")
            let run = try await CommandRun.run("export-api", Self.createAndWait, environment: Self.environment(bench))
            #expect(run.status == 0, "\(run.errors)")
            let uuid = try #require(UUID(uuidString: run.output))
            #expect(try await bench.status(uuid) == .success)
            #expect(run.errors.contains("[" + String(repeating: "#", count: 30) + "] 100% success\n"), "\(run.errors)")
            #expect(!run.errors.contains("\r"), "plain lines off a terminal (docs/commands.md §4)")
            #expect(try await builder.terminate() == 0)
        }
    }

    @Test func endsNonZeroWhenTheExportEndsOtherwise() async throws {
        try await BuilderWorkerBench.with("cli_wait_cancel") { bench in
            async let waiting = CommandRun.run("export-api", Self.createAndWait, environment: Self.environment(bench))
            var created: [Int64] = []
            try await waitUntil(seconds: 30) {
                created = try await bench.pool.query("SELECT _id FROM export.exports").map {
                    try $0.decode(Int64.self, at: 0)
                }
                return !created.isEmpty
            }
            _ = try await ExportLifecycle(pool: bench.pool).cancel(try #require(created.first), actor: "42")
            let run = try await waiting
            #expect(run.status != 0)
            #expect(run.errors.contains("0% canceled"), "\(run.errors)")
            #expect(run.errors.contains("the export ended in canceled"), "\(run.errors)")
        }
    }
}
