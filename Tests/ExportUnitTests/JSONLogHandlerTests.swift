import ExportLogging
import ExportRuntime
import Foundation
import Logging
import Synchronization
import Testing

/// Log lines in JSON: one object per line, with level, message, label and metadata.
@Suite struct JSONLogHandlerTests {
    @Test func writesOneJSONObjectPerLineWithItsMetadata() throws {
        let lines = Mutex<[Data]>([])
        var handler = JSONLogHandler(label: "export-builder") { data in lines.withLock { $0.append(data) } }
        handler.logLevel = .info
        handler[metadataKey: LogKey.exportUUID.rawValue] = "6f1c"
        let logger = Logger(label: "export-builder") { _ in handler }
        logger.info("claimed", metadata: .fields([.exportAttempt: 1]))
        logger.debug("dropped below the level")

        let written = lines.withLock { $0 }
        try #require(written.count == 1)
        #expect(written[0].last == 0x0A)
        let object = try #require(try JSONSerialization.jsonObject(with: written[0]) as? [String: Any])
        #expect(object["level"] as? String == "info")
        #expect(object["message"] as? String == "claimed")
        #expect(object["logger"] as? String == "export-builder")
        #expect(object["export.uuid"] as? String == "6f1c")
        #expect(object["export.attempt"] as? String == "1")
        #expect((object["time"] as? String)?.hasSuffix("Z") == true)
    }

    @Test func writesTheTimeInUTCWithMilliseconds() throws {
        let lines = Mutex<[Data]>([])
        let handler = JSONLogHandler(label: "export-api") { data in lines.withLock { $0.append(data) } }
        Logger(label: "export-api") { _ in handler }.info("request")
        let line = try #require(lines.withLock { $0.first })
        let object = try #require(try JSONSerialization.jsonObject(with: line) as? [String: Any])
        let time = try #require(object["time"] as? String)
        #expect(time.count == 24 && time.hasSuffix("Z") && time.contains("."), "\(time)")
        let parsed = try #require(try? Date(time, strategy: JSONLogHandler.timeStyle))
        #expect(abs(parsed.timeIntervalSinceNow) < 60)
    }

    /// The measurement behind the shared time style: a formatter built per line, as before, against
    /// the static style, and a whole line. Prints µs per line; the style must be the cheaper.
    @Test func formatsTheTimeWithoutBuildingAFormatterPerLine() {
        let count = 2_000
        let now = Date()
        func microseconds(_ body: () -> Void) -> Double {
            let started = ContinuousClock.now
            body()
            let elapsed = ContinuousClock.now - started
            return (Double(elapsed.components.seconds) * 1e6 + Double(elapsed.components.attoseconds) / 1e12)
                / Double(count)
        }
        let perLineFormatter = microseconds {
            for _ in 0..<count {
                _ = ISO8601DateFormatter.string(
                    from: now, timeZone: .gmt, formatOptions: [.withInternetDateTime, .withFractionalSeconds])
            }
        }
        let sharedStyle = microseconds {
            for _ in 0..<count { _ = now.formatted(JSONLogHandler.timeStyle) }
        }
        let handler = JSONLogHandler(label: "export-api") { _ in }
        let logger = Logger(label: "export-api") { _ in handler }
        let wholeLine = microseconds {
            for _ in 0..<count { logger.info("request", metadata: ["status": "200", "route": "/v1/exports"]) }
        }
        print(
            "JSON log time: \(String(format: "%.2f", perLineFormatter)) µs with a formatter per line, "
                + "\(String(format: "%.2f", sharedStyle)) µs with the shared style; "
                + "a whole line \(String(format: "%.2f", wholeLine)) µs")
        #expect(sharedStyle < perLineFormatter)
    }
}
