import ExportCrypto
import ExportFiles
import ExportModels
import ExportOpendataFile
import ExportTime
import ExportTrips
import Foundation
import Testing

/// The open-data values of docs/opendata.md §5: keyed trip id, ISO datetimes with offset, rounded minutes,
/// the 27 column names, and the months of Europe/Paris.
@Suite struct OpendataValuesTests {
    private func instant(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    @Test func tripIDIsTheKeyedHashOfOperatorAndTrip() {
        let salt = Array("pepper".utf8)
        let id = OpendataValues.tripID(salt: salt, operatorID: 12, operatorTripID: "trip-7")
        #expect(id == Hex.encode(HMACSHA256.authenticate(key: salt, utf8: "12:trip-7")))
        #expect(id.count == 64 && id == id.lowercased())
        #expect(id != Hex.encode(SHA256.hash(utf8: "12:trip-7")))
        #expect(id != OpendataValues.tripID(salt: Array("other".utf8), operatorID: 12, operatorTripID: "trip-7"))
        #expect(id != OpendataValues.tripID(salt: salt, operatorID: 13, operatorTripID: "trip-7"))
    }

    @Test func tripWithoutOperatorTripIDGetsARandomID() {
        let salt = Array("pepper".utf8)
        let first = OpendataValues.tripID(salt: salt, operatorID: 12, operatorTripID: nil)
        #expect(first.count == 64)
        #expect(first != OpendataValues.tripID(salt: salt, operatorID: 12, operatorTripID: nil))
    }

    @Test func datetimesCarryTheirOffset() {
        let winter = LocalDateTime(day: CivilCalendar.day(year: 2025, month: 1, day: 6), second: 8 * 3600 + 600)
        #expect(OpendataValues.isoDateTime(winter, offsetSeconds: 3600) == "2025-01-06T08:10:00+01:00")
        #expect(OpendataValues.isoDateTime(winter, offsetSeconds: 7200) == "2025-01-06T08:10:00+02:00")
        #expect(OpendataValues.isoDateTime(winter, offsetSeconds: -19_800) == "2025-01-06T08:10:00-05:30")
    }

    @Test func durationIsRoundedToTheNearestMinute() {
        #expect(OpendataValues.durationMinutes(startMicroseconds: 0, endMicroseconds: 89_000_000) == 1)
        #expect(OpendataValues.durationMinutes(startMicroseconds: 0, endMicroseconds: 90_000_000) == 2)
        #expect(OpendataValues.durationMinutes(startMicroseconds: 0, endMicroseconds: 3_600_000_000) == 60)
    }

    @Test func theFileHasTheTwentySevenColumnsOfTheRules() {
        #expect(OpendataValues.columns.count == 27)
        #expect(OpendataValues.columns.prefix(3) == ["journey_id", "trip_id", "journey_start_datetime"])
        #expect(OpendataValues.columns[8] == "journey_start_department")
        #expect(OpendataValues.columns[21] == "journey_end_country")
        #expect(OpendataValues.columns.suffix(2) == ["journey_duration", "has_incentive"])
    }

    @Test func monthsStartAtMidnightInParis() throws {
        let january = try #require(ParisMonth("2025-01"))
        #expect(january.start == instant("2024-12-31T23:00:00Z"))
        #expect(january.end == instant("2025-01-31T23:00:00Z"))
        #expect(try #require(ParisMonth("2025-03")).end == instant("2025-03-31T22:00:00Z"))
        #expect(try #require(ParisMonth("2024-12")).next == january)
        #expect(january.description == "2025-01")
        for bad in ["2025-1", "2025-13", "2025-00", "2025-01-01", "25-01", "abcd-ef", "", "２０２５-01"] {
            #expect(ParisMonth(bad) == nil, "\(bad)")
        }
    }

    @Test func defaultMonthIsTheLatestEndedFiveDaysAgo() {
        #expect(ParisMonth.latestEnded(now: instant("2026-11-29T05:00:00Z"), maxEndDays: 5).description == "2026-10")
        #expect(ParisMonth.latestEnded(now: instant("2026-12-05T12:00:00Z"), maxEndDays: 5).description == "2026-11")
        // 00:30 on 5 December in Paris: November ended at the end of the 30th, five days ago.
        #expect(ParisMonth.latestEnded(now: instant("2026-12-04T23:30:00Z"), maxEndDays: 5).description == "2026-11")
        // 23:30 on 4 December in Paris: not yet.
        #expect(ParisMonth.latestEnded(now: instant("2026-12-04T22:30:00Z"), maxEndDays: 5).description == "2026-10")
        #expect(ParisMonth("2026-11")!.hasEnded(now: instant("2026-12-04T22:30:00Z"), maxEndDays: 5) == false)
        #expect(ParisMonth("2026-10")!.hasEnded(now: instant("2026-12-04T22:30:00Z"), maxEndDays: 5))
    }
}
