import ArgumentParser
import ExportModels
import ExportNotifierClient
import ExportRuntime
import ExportStorage
import ExportStore

/// `export-api export:download UUID [--output PATH]`: saves the finished file.
struct ExportDownloadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export:download", abstract: "Download the finished file of an export.")

    @Argument(help: "The export's uuid") var uuid: String
    @Option(help: "Where to write the file (default: its name in the current folder)") var output: String?

    func run() async throws {
        let session = try AdminSession.open()
        try await session.run {
            let record = try await session.export(uuid)
            try DownloadAvailability.check(record)
            guard let key = record.fileKey else { throw APIError.conflict("l'export n'a pas de fichier") }
            let path = output ?? String(key.split(separator: "/").last ?? "export.zip")
            try await session.storage().download(key: key, toFileAt: path)
            try await ExportLifecycle(pool: session.context.pool).recordDownload(record.id, actor: session.actor)
            print(path)
        }
    }
}
