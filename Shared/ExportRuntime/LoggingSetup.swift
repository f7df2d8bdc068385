package import Configuration
import ExportConfiguration
package import Logging

/// Sets up logging once per process from `LOG_LEVEL` and `LOG_FORMAT` (docs/configuration.md §2).
package enum LoggingSetup {
    /// Bootstraps the logging system and returns the service's logger. Throws, naming the
    /// variable, when a value is not one of those allowed.
    package static func bootstrap(label: String, reader: ConfigReader) throws -> Logger {
        let level = try reader.choice(
            forKey: "log.level", default: "info",
            allowed: Logger.Level.allCases.map(\.rawValue))
        let format = try reader.choice(forKey: "log.format", default: "text", allowed: ["text", "json"])
        let logLevel = Logger.Level(rawValue: level) ?? .info
        LoggingSystem.bootstrap { label in
            var handler: any LogHandler =
                format == "json" ? JSONLogHandler(label: label) : StreamLogHandler.standardError(label: label)
            handler.logLevel = logLevel
            return handler
        }
        var logger = Logger(label: label)
        logger.logLevel = logLevel
        return logger
    }
}
