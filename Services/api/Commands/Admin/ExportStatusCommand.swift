import ArgumentParser
import ExportModels
import ExportRuntime
import ExportStore

/// `export-api export:status UUID`: status, progress, stats and error of one export.
struct ExportStatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export:status", abstract: "Show the status, progress, stats and error of an export.")

    @Argument(help: "The export's uuid") var uuid: String
    @Flag(help: "Print the export as the API's JSON (GET /v1/exports/{uuid}), for scripts") var json = false

    func run() async throws {
        let session = try AdminSession.open()
        try await session.run {
            let record = try await session.export(uuid)
            if json {
                try CommandJSON.print(ExportResource(record, recipients: nil))
            } else {
                print(ExportPrinter.details(record))
            }
        }
    }
}
