import ArgumentParser
import ExportRuntime

/// `export-notifier`: delivers the e-mails of the notification outbox.
@main
struct ExportNotifierCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-notifier",
        abstract: "Render and deliver the e-mails of the notification outbox.",
        subcommands: [ServeCommand.self, DeliverCommand.self, ProbeCommand.self],
        defaultSubcommand: ServeCommand.self
    )
}
