import ExportLogging
import Foundation
import Logging
import Testing

/// The log vocabulary (docs/logs.md §2–3): the keys the documentation lists are exactly those the
/// code can write, and each kind of value is written one way.
@Suite struct LogVocabularyTests {
    /// The keys of docs/logs.md §2's table, in its order.
    private static func documentedKeys() throws -> [String] {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/logs.md").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let section = try #require(text.components(separatedBy: "\n## 2.").dropFirst().first)
            .components(separatedBy: "\n## 3.")[0]
        return section.split(separator: "\n").compactMap { line in
            line.hasPrefix("| `") ? line.dropFirst(3).split(separator: "`").first.map(String.init) : nil
        }
    }

    @Test func theDocumentationListsEveryKeyOnceAndNoOther() throws {
        let documented = try Self.documentedKeys()
        #expect(documented.count == Set(documented).count, "a key listed twice")
        #expect(Set(documented) == Set(LogKey.allCases.map(\.rawValue)))
    }

    @Test func writesUUIDsInLowercaseAsTheAPIShowsThem() throws {
        let first = try #require(UUID(uuidString: "1B4E28BA-2FA1-11D2-883F-0016D3CCA427"))
        let second = try #require(UUID(uuidString: "6F1C0000-0000-4000-8000-000000000001"))
        #expect(LogText.of(first) == "1b4e28ba-2fa1-11d2-883f-0016d3cca427")
        #expect(
            LogText.of([first, second]) == "1b4e28ba-2fa1-11d2-883f-0016d3cca427,6f1c0000-0000-4000-8000-000000000001")
    }

    @Test func writesDurationsInWholeMilliseconds() {
        #expect(LogText.of(Duration.seconds(2) + .microseconds(1_999)) == "2001")
        #expect(LogText.of(Duration.microseconds(999)) == "0")
    }

    @Test func writesErrorsWithTheirDetailWhenTheyHaveOne() {
        #expect(LogText.of(DetailedError()) == "PostgreSQL error 08006: lost (detail: server closed)")
        #expect(LogText.of(PlainError()) == "the file could not be built")
    }

    @Test func leavesOutTheEntriesWithoutValue() {
        let missing: UUID? = nil
        let metadata = Logger.Metadata.fields([.exportUUID: missing, .rows: 3, .reason: "canceled"])
        #expect(metadata == ["rows": "3", "reason": "canceled"])
        #expect(metadata.adding([.rows: 4]) == ["rows": "4", "reason": "canceled"])
    }

    /// An error that keeps its detail in `debugDescription`, as the project's C wrappers do.
    private struct DetailedError: Error, CustomStringConvertible, CustomDebugStringConvertible {
        var description: String { "PostgreSQL error 08006: lost" }
        var debugDescription: String { "\(description) (detail: server closed)" }
    }

    /// An error with a `description` only.
    private struct PlainError: Error, CustomStringConvertible {
        var description: String { "the file could not be built" }
    }
}
