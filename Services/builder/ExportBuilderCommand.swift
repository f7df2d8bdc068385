import ArgumentParser
import ExportRuntime

/// `export-builder`: claims pending exports and builds their files.
@main
struct ExportBuilderCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-builder",
        abstract: "Build the files of pending exports (XLSX or CSV), zip and store them.",
        subcommands: [RunCommand.self, ProbeCommand.self],
        defaultSubcommand: RunCommand.self
    )
}

/// `export-builder run`: the long-running worker.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Long-running worker with /health, /ready and /metrics on HEALTH_PORT (8082).")

    func run() async throws {
        let context = try ServiceContext.bootstrap(service: "export-builder")
        try await WorkerProcess.run(context: context, defaultHealthPort: 8082, services: [])
    }
}
