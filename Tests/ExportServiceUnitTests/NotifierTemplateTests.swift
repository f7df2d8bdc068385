import Foundation
import Testing

@testable import ExportNotifier

/// The templates are checked at start: a missing or broken one stops the notifier.
@Suite struct NotifierTemplateTests {
    /// A copy of the shipped templates in a fresh folder, changed by `change`.
    static func changedCopy(_ change: (URL) throws -> Void) throws -> URL {
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Services/notifier/Templates")
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("templates-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: source, to: copy)
        try change(copy)
        return copy
    }

    @Test func loadsTheShippedTemplates() async throws {
        _ = try await MailTemplates.load()
    }

    @Test func refusesToStartWithoutATemplate() async throws {
        let folder = try Self.changedCopy {
            try FileManager.default.removeItem(at: $0.appendingPathComponent("send-text.mustache"))
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let error = await #expect(throws: MailTemplates.TemplateError.self) {
            try await MailTemplates.load(directory: folder)
        }
        #expect(error?.description.contains("send-text.mustache") == true)
    }

    @Test func refusesToStartWithABrokenTemplate() async throws {
        let folder = try Self.changedCopy {
            try "{{#rows}}never closed".write(
                to: $0.appendingPathComponent("success-html.mustache"), atomically: true, encoding: .utf8)
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let error = await #expect(throws: MailTemplates.TemplateError.self) {
            try await MailTemplates.load(directory: folder)
        }
        #expect(error?.description.contains("success-html") == true)
    }

    @Test func writesTheFirstOfTheMonthAsAnOrdinalAndAgreesNounsWithTheirCount() throws {
        let paris = try #require(TimeZone(identifier: "Europe/Paris"))
        #expect(FrenchFormat.day(Date(timeIntervalSince1970: 1_735_686_000), timeZone: paris) == "1er janvier 2025")
        #expect(FrenchFormat.day(Date(timeIntervalSince1970: 1_735_772_400), timeZone: paris) == "2 janvier 2025")
        #expect(FrenchFormat.counted(0, "ligne") == "0 ligne")
        #expect(FrenchFormat.counted(1, "ligne") == "1 ligne")
        #expect(FrenchFormat.counted(2, "ligne") == "2 lignes")
        #expect(FrenchFormat.fileSize(999) == "999 octets")
        #expect(FrenchFormat.fileSize(12_400) == "12,4 ko")
        #expect(FrenchFormat.fileSize(3_245_678) == "3,2 Mo")
        #expect(FrenchFormat.fileSize(300_000_000) == "300 Mo")
    }
}
