import ArgumentParser
import ExportRuntime

/// `export-janitor run`: the long-running form, a pass every `JANITOR_INTERVAL` seconds.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract:
            "Long-running janitor: a pass every JANITOR_INTERVAL seconds, with /health, /ready and /metrics on HEALTH_PORT (8083)."
    )

    func run() async throws {
        let context = try ServiceContext.bootstrap(service: "export-janitor")
        let pass = try JanitorPass.build(context: context)
        try await WorkerProcess.run(context: context, defaultHealthPort: 8083, services: [JanitorService(pass: pass)])
    }
}
