import Foundation
import Testing

@testable import ExportAPI

/// The instants a request body may give (docs/validation.md §2): RFC 3339 with an offset, nothing looser.
@Suite struct RFC3339Tests {
    @Test(arguments: [
        ("2025-01-01T00:00:00Z", 1_735_689_600.0),
        ("2025-01-01T00:00:00+02:00", 1_735_682_400),
        ("2025-01-01T00:00:00+0200", 1_735_682_400),
        ("2025-01-01T00:00:00-00:00", 1_735_689_600),
        ("2025-01-01T00:00:00.5Z", 1_735_689_600.5),
        ("2024-02-29T23:59:59.250-05:30", 1_709_270_999.25),
    ])
    func readsDateTimesWithTheirOffset(text: String, seconds: Double) throws {
        let instant = try #require(RFC3339.instant(text))
        #expect(abs(instant.timeIntervalSince1970 - seconds) < 0.000_5)
    }

    @Test(arguments: [
        "2025-01-01", "2025-01-01T00:00:00", "2025-01-01 00:00:00Z", "2025-01-01t00:00:00z", " 2025-01-01T00:00:00Z",
        "2025-01-01T00:00:00Zjunk", "2025-01-01T00:00:00+02:00 ", "2025-13-01T00:00:00Z", "2025-02-29T00:00:00Z",
        "2025-04-31T00:00:00Z", "2025-01-01T24:00:00Z", "2025-01-01T00:60:00Z", "2025-01-01T00:00:60Z",
        "2025-01-01T00:00:00.Z", "2025-01-01T00:00:00.1234567891Z", "2025-01-01T00:00:00+24:00", "2025-01-01T00:00Z",
        "+2025-01-01T00:00:00Z", "20250101T000000Z", "", "2025-01-01T00:00:00+02", "٢٠٢٥-01-01T00:00:00Z",
    ])
    func refusesEverythingElse(text: String) {
        #expect(RFC3339.instant(text) == nil)
    }
}
