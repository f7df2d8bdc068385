import ArgumentParser
import ExportModels
import ExportRuntime
import ExportStore

/// `export-api export:status UUID`: status, progress, stats and error of one export.
struct ExportStatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export:status", abstract: "Show the status, progress, stats and error of an export.")

    @Argument(help: "The export's uuid") var uuid: String

    func run() async throws {
        let session = try AdminSession.open()
        try await session.run { print(ExportPrinter.details(try await session.export(uuid))) }
    }
}

/// `export-api export:list`: a table of exports, newest first.
struct ExportListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export:list", abstract: "List exports, newest first.")

    @Option(help: "Only this status") var status: String?
    @Option(name: .customLong("created-by"), help: "Only the exports of this user") var createdBy: String?
    @Option(help: "At most this many (1–200)") var limit: Int = 50

    func run() async throws {
        guard (1...200).contains(limit) else { throw ValidationError("--limit must be between 1 and 200") }
        let filter = try status.map {
            guard let status = ExportStatus(rawValue: $0) else { throw ValidationError("unknown status \($0)") }
            return status
        }
        let session = try AdminSession.open()
        try await session.run {
            let page = try await ExportListing(pool: session.context.pool).page(
                scope: createdBy.map { .createdBy($0) } ?? .everyone, status: filter, limit: limit, after: nil)
            print(ExportPrinter.table(page.exports))
        }
    }
}

/// `export-api export:cancel UUID`: cancels a pending or running export.
struct ExportCancelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export:cancel", abstract: "Cancel a pending or running export.")

    @Argument(help: "The export's uuid") var uuid: String

    func run() async throws {
        let session = try AdminSession.open()
        try await session.run {
            let record = try await session.export(uuid)
            guard
                let canceled = try await ExportLifecycle(pool: session.context.pool).cancel(
                    record.id, actor: session.actor)
            else { throw APIError.conflict("un export \(record.status.rawValue) ne peut plus être annulé") }
            print(ExportPrinter.details(canceled))
        }
    }
}
