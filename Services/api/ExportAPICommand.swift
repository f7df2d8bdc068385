import ArgumentParser
import ExportRuntime

/// `export-api`: the HTTP API for clients and admins, the admin commands and the migrations.
@main
struct ExportAPICommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-api",
        abstract: "HTTP API of the carpool trip exports, admin commands and database migrations.",
        subcommands: [
            ServeCommand.self, MigrateCommand.self, SeedCommand.self, ProbeCommand.self, TokenCommand.self,
            ExportCreateCommand.self, ExportStatusCommand.self, ExportListCommand.self, ExportCancelCommand.self,
            ExportDownloadCommand.self, ExportSendCommand.self,
        ],
        defaultSubcommand: ServeCommand.self
    )
}
