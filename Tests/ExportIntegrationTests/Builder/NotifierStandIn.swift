import Foundation
import Hummingbird
import Logging
import ServiceLifecycle
import Synchronization
import Testing

/// A live stand-in for the notifier's `POST /v1/deliver` on a free loopback port, recording the
/// `Authorization` header of each call.
final class NotifierStandIn: Sendable {
    private let calls = Mutex<[String]>([])
    /// Its base URL, `http://127.0.0.1:<port>`, as `NOTIFIER_URL`.
    let baseURL: URL

    private init(port: Int) {
        baseURL = URL(string: "http://127.0.0.1:\(port)")!
    }

    /// The `Authorization` header of each call so far (empty when there was none).
    var authorizations: [String] { calls.withLock { $0 } }

    /// Runs `body` with a stand-in listening, then stops it.
    static func with(_ body: (NotifierStandIn) async throws -> Void) async throws {
        let standIn = NotifierStandIn(port: try ServiceProcess.freePort())
        let router = Router()
        router.post("v1/deliver") { request, _ -> String in
            let authorization = request.headers[.authorization] ?? ""
            standIn.calls.withLock { $0.append(authorization) }
            return "queued"
        }
        let (running, serverRuns) = AsyncStream<Void>.makeStream()
        let app = Application(
            router: router,
            configuration: .init(address: .hostname("127.0.0.1", port: standIn.baseURL.port ?? 0)),
            onServerRunning: { _ in serverRuns.yield() }, logger: .quiet)
        let group = ServiceGroup(services: [app], logger: .quiet)
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask {
                defer { serverRuns.finish() }
                try await group.run()
            }
            var runs = running.makeAsyncIterator()
            guard await runs.next() != nil else {
                // The server stopped before listening: its error (a port taken…) is the test's.
                try await tasks.waitForAll()
                throw CancellationError()
            }
            do {
                try await body(standIn)
            } catch {
                await group.triggerGracefulShutdown()
                throw error
            }
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
        }
    }
}
