import ArgumentParser
import ExportModels
import ExportRuntime
import ExportStore

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
