import Testing

@testable import ExportSeeder

/// PostgreSQL's COPY text format as the seeder writes it.
@Suite struct SeederCopyTextTests {
    /// The text of one row made of `fields`.
    private func row(_ fields: (inout CopyTextBuffer) -> Void) -> String {
        var buffer = CopyTextBuffer()
        fields(&buffer)
        buffer.endRow()
        return buffer.take()
    }

    @Test func separatesFieldsWithTabsAndEndsRowsWithNewlines() {
        #expect(
            row {
                $0.append("a")
                $0.append(12)
                $0.append("b")
            } == "a\t12\tb\n")
    }

    @Test func writesNullAsBackslashN() {
        let none: String? = nil
        let noNumber: Int? = nil
        #expect(
            row {
                $0.append(none)
                $0.append(noNumber)
                $0.append("")
            } == "\\N\t\\N\t\n")
    }

    @Test func escapesBackslashTabNewlineAndCarriageReturn() {
        #expect(row { $0.append("a\\b\tc\nd\re") } == "a\\\\b\\tc\\nd\\re\n")
        #expect(row { $0.append("\\N") } == "\\\\N\n")
    }

    @Test func keepsAccentsQuotesAndSemicolonsAsTheyAre() {
        #expect(
            row { $0.append("Pouce Solidaire; \"Réseau d'autostop\"") } == "Pouce Solidaire; \"Réseau d'autostop\"\n")
    }

    @Test func writesMillionthsOfADegreeAsShortDecimals() {
        #expect(row { $0.append(millionths: 45_764_043) } == "45.764043\n")
        #expect(row { $0.append(millionths: -1_677_800) } == "-1.6778\n")
        #expect(row { $0.append(millionths: 45_290_000) } == "45.29\n")
        #expect(row { $0.append(millionths: 2_000_000) } == "2\n")
        #expect(row { $0.append(millionths: -5_000) } == "-0.005\n")
    }

    @Test func writesInstantsAsUTCTimestamps() {
        #expect(row { $0.append(instant: 1_792_537_200) } == "2026-10-20T23:00:00.000000Z\n")
    }

    @Test func takeEmptiesTheBuffer() {
        var buffer = CopyTextBuffer()
        buffer.append("x")
        buffer.endRow()
        #expect(buffer.byteCount == 2)
        _ = buffer.take()
        #expect(buffer.byteCount == 0)
    }
}
