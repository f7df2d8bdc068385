import ExportNotifierClient
import ExportRuntime
import Logging
import Testing

/// The notifier's address as the builder and the API read it (`NOTIFIER_URL`), checked at start.
@Suite struct NotifierWakeUpSettingsTests {
    @Test func refusesANotifierURLThatIsNotHTTP() throws {
        let reader = ServiceEnvironment.reader(overrides: ["NOTIFIER_URL": "smtp://mail.example.org"])
        #expect(throws: (any Error).self) { try NotifierWakeUp(reader: reader, logger: Logger(label: "test")) }
    }
}
