import ExportPostgres
import Logging
import Testing

/// The channels the listener subscribes to are checked before it connects.
@Suite struct PostgresListenerChannelTests {
    @Test func refusesAChannelNameThatIsNotAnIdentifier() async throws {
        let listener = PostgresListener(
            configuration: PostgresConfiguration(url: "postgres://unused"), logger: Logger(label: "test"))
        await #expect(throws: PostgresError.self) {
            try await listener.listen(channels: ["x; DROP TABLE y"], onNotification: { _ in })
        }
    }
}
