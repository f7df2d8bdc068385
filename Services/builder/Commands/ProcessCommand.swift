import ArgumentParser
import ExportPostgres
import ExportRuntime
import Logging

/// `export-builder process`: the cron form; rescues stale exports, builds every pending
/// export, then exits.
struct ProcessCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "process", abstract: "Rescue stale exports, build every pending export, then exit.")

    func run() async throws {
        let context = try ServiceContext.bootstrap(service: "export-builder")
        let worker = try BuilderWorker.build(context: context)
        try await context.closingPool {
            await worker.drainer.drainAll()
            await worker.upstream.close()
        }
        context.logger.info("queue drained")
    }
}
