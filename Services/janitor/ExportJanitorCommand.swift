import ArgumentParser
import ExportRuntime

/// `export-janitor`: expires exports, scrambles personal data and cleans storage.
@main
struct ExportJanitorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-janitor",
        abstract: "Expire exports, scramble recipients' personal data and purge stored files.",
        subcommands: [RunCommand.self, OnceCommand.self, ProbeCommand.self],
        defaultSubcommand: RunCommand.self
    )
}
