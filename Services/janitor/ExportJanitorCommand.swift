import ArgumentParser
import ExportBuildInfo
import ExportRuntime

/// `export-janitor`: expires exports, scrambles personal data and cleans storage.
struct ExportJanitorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-janitor",
        abstract: "Expire exports, scramble recipients' personal data and purge stored files.",
        version: BuildVersion.text("export-janitor"),
        subcommands: [RunCommand.self, OnceCommand.self, ProbeCommand.self],
        defaultSubcommand: RunCommand.self
    )
}
