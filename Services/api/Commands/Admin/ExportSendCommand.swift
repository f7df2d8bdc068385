import ArgumentParser
import ExportModels
import ExportNotifierClient
import ExportRuntime
import ExportStorage
import ExportStore

/// `export-api export:send UUID [--recipient …]… [--message TEXT]`: e-mails the download link.
struct ExportSendCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export:send", abstract: "E-mail the download link of a finished export.")

    @Argument(help: "The export's uuid") var uuid: String
    @Option(name: .customLong("recipient"), help: "\"Name <mail>\" or mail (repeatable; default: the export's)")
    var recipients: [String] = []
    @Option(help: "Plain text added to the e-mail (at most 1,000 characters)") var message: String?

    func run() async throws {
        var problems: [String] = []
        let parsed = RecipientList.parse(recipients, field: "--recipient") { problems.append("\($0) \($1)") }
        if let message, message.count > 1000 { problems.append("--message is longer than 1,000 characters") }
        guard problems.isEmpty else { throw ValidationError(problems.joined(separator: "\n")) }
        let session = try AdminSession.open()
        let notifier = try NotifierWakeUp(reader: session.context.reader, logger: session.context.logger)
        try await session.run {
            let record = try await session.export(uuid)
            try DownloadAvailability.check(record)
            let queued = try await SendRequests(pool: session.context.pool).queue(
                exportID: record.id, recipients: parsed, senderName: session.actor, message: message,
                actor: session.actor)
            print("queued: \(queued)")
            _ = await notifier.wake(export: record.uuid)
        }
    }
}
