import ExportModels
import Foundation
import Testing

@testable import ExportAPI

/// The period of a create body as the validator keeps it (docs/validation.md §2): instants read
/// down to their second, as the stored parameters keep them.
@Suite struct RequestInstantTests {
    let validator = ExportRequestValidator(limits: DateLimits(minStartDays: 1095, maxEndDays: 5))
    let now = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01T00:00:00Z

    /// A create body with this period.
    func body(start: String, end: String) throws -> CreateExportBody {
        try JSONDecoder().decode(
            CreateExportBody.self, from: Data(#"{"start_at": "\#(start)", "end_at": "\#(end)"}"#.utf8))
    }

    @Test func dropsTheFractionOfASecondAsTheStoredParametersDo() throws {
        let draft = try validator.validate(
            try body(start: "2025-01-01T00:00:00.999Z", end: "2025-02-01T00:00:00.5+01:00"),
            fallbackEmail: "someone@example.org", now: now)
        #expect(draft.params.startAt == Date(timeIntervalSince1970: 1_735_689_600))
        #expect(draft.params.endAt == Date(timeIntervalSince1970: 1_738_364_400))
        let stored = try ExportParams.decode(Data(try draft.params.json().utf8))
        #expect(stored == draft.params)
    }

    @Test func refusesAStartAndAnEndWithinTheSameSecond() throws {
        let error = try #require(throws: APIError.self) {
            try validator.validate(
                try body(start: "2025-01-01T00:00:00.2Z", end: "2025-01-01T00:00:00.7Z"),
                fallbackEmail: "someone@example.org", now: now)
        }
        #expect(error.details.map(\.field) == ["end_at"])
    }
}
