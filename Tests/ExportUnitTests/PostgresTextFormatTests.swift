import ExportPostgres
import Foundation
import Testing

/// The text formats the PostgreSQL layer writes and reads, without a server.
@Suite struct PostgresTextFormatTests {
    @Test(arguments: [
        ("2025-01-06 08:03:00+00", 1_736_150_580.0),
        ("2025-01-06 08:03:00.5+00", 1_736_150_580.5),
        ("2025-01-06 09:03:00+01", 1_736_150_580.0),
        ("2025-01-06 02:33:00-05:30", 1_736_150_580.0),
        ("1969-12-31 23:59:59+00", -1.0),
        ("2024-02-29", 1_709_164_800.0),
    ])
    func parsesTimestamps(text: String, seconds: Double) throws {
        let parsed = text.utf8CString.withUnsafeBytes {
            PostgresTimestamp.parse(UnsafeRawBufferPointer(rebasing: $0.dropLast()))
        }
        #expect(parsed == Date(timeIntervalSince1970: seconds))
    }

    @Test func rejectsTextThatIsNotATimestamp() {
        let parsed = "yesterday".utf8CString.withUnsafeBytes {
            PostgresTimestamp.parse(UnsafeRawBufferPointer(rebasing: $0.dropLast()))
        }
        #expect(parsed == nil)
    }

    @Test func formatsInstantsWithMicrosecondsInUTC() {
        #expect(
            PostgresTimestamp.format(Date(timeIntervalSince1970: 1_736_150_580.25)) == "2025-01-06T08:03:00.250000Z")
        #expect(PostgresTimestamp.format(Date(timeIntervalSince1970: -1)) == "1969-12-31T23:59:59.000000Z")
    }

    @Test func writesArrayLiteralsWithQuotesEscaped() {
        #expect([1, 2, 3].postgresText == #"{"1","2","3"}"#)
        #expect(["a\"b", "c\\d"].postgresText == #"{"a\"b","c\\d"}"#)
        #expect([String?.none].postgresText == "{NULL}")
        #expect(Int?.none.postgresText == nil)
        #expect(true.postgresText == "t")
    }

    @Test func namesTheServerStateInErrorDescriptions() {
        let error = PostgresError(kind: .server, message: "duplicate key", sqlState: "23505", detail: "Key (id)=(1)")
        #expect(error.description == "PostgreSQL error 23505: duplicate key")
        #expect(error.debugDescription.contains("Key (id)=(1)"))
        #expect(error.isUniqueViolation)
        #expect(!error.isConnectionLoss)
        #expect(PostgresError(kind: .server, message: "terminating", sqlState: "57P01").isConnectionLoss)
    }
}
