import ArgumentParser
import ExportRuntime

/// `export-notifier deliver`: delivers every row due now once (the grouped support e-mail too,
/// when its interval allows), prints what it did, and exits.
struct DeliverCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deliver", abstract: "Deliver every pending notification once, then exit.")

    func run() async throws {
        let context = try ServiceContext.bootstrap(service: "export-notifier")
        let run = try await NotifierServices.buildDeliveryRun(context: context)
        let report = try await context.closingPool { try await run.deliverPending() }
        print("sent \(report.sent), retried \(report.retried), failed \(report.failed)")
    }
}
