import ArgumentParser
import ExportRuntime

/// `export-janitor`: expires exports, scrambles personal data and cleans storage.
@main
struct ExportJanitorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-janitor",
        abstract: "Expire exports, scramble recipients' personal data and purge stored files.",
        subcommands: [RunCommand.self, ProbeCommand.self],
        defaultSubcommand: RunCommand.self
    )
}

/// `export-janitor run`: the long-running form.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Long-running janitor with /health, /ready and /metrics on HEALTH_PORT (8083).")

    func run() async throws {
        let context = try ServiceContext.bootstrap(service: "export-janitor")
        try await WorkerProcess.run(context: context, defaultHealthPort: 8083, services: [])
    }
}
