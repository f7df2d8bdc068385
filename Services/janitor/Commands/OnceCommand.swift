import ArgumentParser
import ExportRuntime
import Logging

/// `export-janitor once`: one pass, then exit (the cron form).
struct OnceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "once", abstract: "Run one janitor pass and exit.")

    func run() async throws {
        let context = try ServiceContext.bootstrap(service: "export-janitor")
        let pass = try JanitorServices.buildPass(context: context)
        let report = try await context.closingPool { await pass.run() }
        context.logger.info("janitor pass done", metadata: report.metadata)
        guard report.failedSteps.isEmpty else { throw JanitorStepsFailed(steps: report.failedSteps) }
    }
}
