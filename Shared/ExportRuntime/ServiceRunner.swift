package import Logging
package import ServiceLifecycle
import UnixSignals

/// Runs the long-running parts of a process together until SIGTERM or SIGINT, then shuts them
/// down gracefully in reverse order (dependencies first in `services`, so they stop last).
package enum ServiceRunner {
    /// Runs `services` in one `ServiceGroup`.
    package static func run(_ services: [any Service], logger: Logger) async throws {
        let group = ServiceGroup(
            configuration: .init(
                services: services.map { .init(service: $0) },
                gracefulShutdownSignals: [.sigterm, .sigint],
                logger: logger))
        try await group.run()
    }

    /// Runs `work` beside `services` (the pools it uses) until `work` returns or SIGTERM or
    /// SIGINT arrives, then shuts the group down gracefully: the one-shot commands' form, so
    /// that they too stop cleanly when the container is stopped.
    package static func runUntilDone(_ work: any Service, beside services: [any Service], logger: Logger) async throws {
        let group = ServiceGroup(
            configuration: .init(
                services: services.map { .init(service: $0) }
                    + [.init(service: work, successTerminationBehavior: .gracefullyShutdownGroup)],
                gracefulShutdownSignals: [.sigterm, .sigint],
                logger: logger))
        try await group.run()
    }
}
