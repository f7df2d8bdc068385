import ArgumentParser
import ExportBuildInfo
import ExportRuntime

/// `export-api`: the HTTP API for clients and admins, the admin commands and the migrations.
struct ExportAPICommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-api",
        abstract: "HTTP API of the carpool trip exports, admin commands and database migrations.",
        version: BuildVersion.text("export-api"),
        subcommands: [
            ServeCommand.self, MigrateCommand.self, SeedCommand.self, ProbeCommand.self, TokenCommand.self,
            ExportCreateCommand.self, ExportStatusCommand.self, ExportListCommand.self, ExportCancelCommand.self,
            ExportDownloadCommand.self, ExportSendCommand.self,
        ],
        defaultSubcommand: ServeCommand.self
    )
}
