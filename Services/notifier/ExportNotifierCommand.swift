import ArgumentParser
import ExportBuildInfo
import ExportRuntime

/// `export-notifier`: delivers the e-mails of the notification outbox.
struct ExportNotifierCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-notifier",
        abstract: "Render and deliver the e-mails of the notification outbox.",
        version: BuildVersion.text("export-notifier"),
        subcommands: [ServeCommand.self, DeliverCommand.self, ProbeCommand.self],
        defaultSubcommand: ServeCommand.self
    )
}
