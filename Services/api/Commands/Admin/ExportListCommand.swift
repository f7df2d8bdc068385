import ArgumentParser
import ExportModels
import ExportRuntime
import ExportStore

/// `export-api export:list`: a table of exports, newest first.
struct ExportListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export:list", abstract: "List exports, newest first.")

    @Option(help: "Only this status") var status: ExportStatus?
    @Option(name: .customLong("created-by"), help: "Only the exports of this user") var createdBy: String?
    @Option(help: "At most this many (1–200)") var limit: Int = 50
    @Flag(help: "Print a JSON array of exports as the API returns them, for scripts") var json = false

    func validate() throws {
        guard (1...200).contains(limit) else { throw ValidationError("--limit must be between 1 and 200") }
    }

    func run() async throws {
        let session = try AdminSession.open()
        try await session.run {
            let page = try await ExportListing(pool: session.context.pool).page(
                scope: createdBy.map { .createdBy($0) } ?? .everyone, status: status, limit: limit, after: nil)
            if json {
                try CommandJSON.print(page.exports.map { ExportResource($0, recipients: nil) })
            } else {
                print(ExportPrinter.table(page.exports))
            }
        }
    }
}
