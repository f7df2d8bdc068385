import ExportPostgres
import ExportSchema
import Foundation
import Testing

/// The executables as an operator runs them: `--help`, probes, configuration errors, SIGTERM.
@Suite struct ServiceProcessTests {
    static let executables = ["export-api", "export-builder", "export-notifier", "export-janitor", "export-opendata"]

    @Test(arguments: executables)
    func answersHelp(executable: String) async throws {
        let service = try ServiceProcess.start(executable, ["--help"], environment: [:])
        try await waitUntil { !service.process.isRunning }
        #expect(service.process.terminationStatus == 0)
    }

    @Test func refusesAnInvalidSettingWithItsNameAndANonZeroStatus() async throws {
        let service = try ServiceProcess.start("export-janitor", ["run"], environment: ["DATABASE_POOL_SIZE": "many"])
        try await waitUntil { !service.process.isRunning }
        #expect(service.process.terminationStatus != 0)
    }

    @Test(arguments: [("export-builder", "run"), ("export-janitor", "run"), ("export-opendata", "run")])
    func servesProbesAndStopsCleanlyOnSigterm(executable: String, command: String) async throws {
        try await TestDatabase.with("process_\(executable.dropFirst(7))") { pool, database in
            let port = try ServiceProcess.freePort()
            // `export-opendata run` publishes, so it needs data.gouv.fr settings to start; nothing
            // answers at that address, and the first round fails before the migrations anyway.
            let publishing =
                executable == "export-opendata"
                ? ["DATAGOUV_URL": "http://127.0.0.1:9/api/1", "DATAGOUV_API_KEY": "k", "DATAGOUV_DATASET": "d"] : [:]
            let service = try ServiceProcess.start(
                executable, [command],
                environment: ["DATABASE_URL": database.url, "HEALTH_PORT": "\(port)", "INTERNAL_TOKEN": "t0ken"]
                    .merging(publishing) { $1 })
            let base = "http://127.0.0.1:\(port)"
            try await waitUntil { await ServiceProcess.get("\(base)/health")?.0 == 200 }
            #expect(await ServiceProcess.get("\(base)/ready")?.0 == 503, "not ready before the migrations")
            #expect(try await Self.probe(executable, port: port) != 0)
            try await SchemaMigrator(pool: pool, logger: .quiet).migrate([.export])
            #expect(await ServiceProcess.get("\(base)/ready")?.0 == 200)
            #expect(try await Self.probe(executable, port: port) == 0)
            #expect(await ServiceProcess.get("\(base)/metrics")?.0 == 401)
            #expect(await ServiceProcess.get("\(base)/metrics", bearer: "t0ken")?.0 == 200)
            #expect(try await service.terminate() == 0)
        }
    }

    @Test(arguments: [("export-api", "serve", "API"), ("export-notifier", "serve", "NOTIFIER")])
    func servesHealthOnItsPortAndMetricsOnlyOnTheInternalOne(executable: String, command: String, prefix: String)
        async throws
    {
        try await TestDatabase.with("process_\(executable.dropFirst(7))") { pool, database in
            try await SchemaMigrator(pool: pool, logger: .quiet).migrate([.export])
            let (port, metricsPort) = (try ServiceProcess.freePort(), try ServiceProcess.freePort())
            let service = try ServiceProcess.start(
                executable, [command],
                environment: [
                    "DATABASE_URL": database.url, "\(prefix)_HOST": "127.0.0.1", "\(prefix)_PORT": "\(port)",
                    "METRICS_PORT": "\(metricsPort)", "JWT_SECRET": String(repeating: "s", count: 40),
                    "DOWNLOAD_TOKEN_SECRET": String(repeating: "d", count: 40),
                ])
            try await waitUntil { await ServiceProcess.get("http://127.0.0.1:\(port)/health")?.0 == 200 }
            #expect(await ServiceProcess.get("http://127.0.0.1:\(port)/ready")?.0 == 200)
            #expect(await ServiceProcess.get("http://127.0.0.1:\(port)/metrics")?.0 == 404)
            #expect(await ServiceProcess.get("http://127.0.0.1:\(metricsPort)/metrics")?.0 == 200)
            #expect(try await service.terminate() == 0)
        }
    }

    /// The exit status of `<executable> probe --port <port>`, the container health check.
    static func probe(_ executable: String, port: Int) async throws -> Int32 {
        let probe = try ServiceProcess.start(executable, ["probe", "--port", "\(port)"], environment: [:])
        try await waitUntil { !probe.process.isRunning }
        return probe.process.terminationStatus
    }

    @Test func apiRefusesToStartWithoutAJWTSecret() async throws {
        let service = try ServiceProcess.start("export-api", ["serve"], environment: ["JWT_SECRET": "short"])
        try await waitUntil { !service.process.isRunning }
        #expect(service.process.terminationStatus != 0)
    }
}
