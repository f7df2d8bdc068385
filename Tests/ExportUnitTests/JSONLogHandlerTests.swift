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
        handler[metadataKey: "export"] = "6f1c"
        let logger = Logger(label: "export-builder") { _ in handler }
        logger.info("claimed", metadata: ["attempt": "1"])
        logger.debug("dropped below the level")

        let written = lines.withLock { $0 }
        try #require(written.count == 1)
        #expect(written[0].last == 0x0A)
        let object = try #require(try JSONSerialization.jsonObject(with: written[0]) as? [String: Any])
        #expect(object["level"] as? String == "info")
        #expect(object["message"] as? String == "claimed")
        #expect(object["logger"] as? String == "export-builder")
        #expect(object["export"] as? String == "6f1c")
        #expect(object["attempt"] as? String == "1")
        #expect((object["time"] as? String)?.hasSuffix("Z") == true)
    }
}
