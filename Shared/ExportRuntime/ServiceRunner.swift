public import Logging
public import ServiceLifecycle
import UnixSignals

/// Runs the long-running parts of a process together until SIGTERM or SIGINT, then shuts them
/// down gracefully in reverse order (dependencies first in `services`, so they stop last).
public enum ServiceRunner {
    /// Runs `services` in one `ServiceGroup`.
    public static func run(_ services: [any Service], logger: Logger) async throws {
        let group = ServiceGroup(
            configuration: .init(
                services: services.map { .init(service: $0) },
                gracefulShutdownSignals: [.sigterm, .sigint],
                logger: logger))
        try await group.run()
    }
}
