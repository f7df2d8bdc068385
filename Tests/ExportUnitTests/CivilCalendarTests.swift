import ExportTime
import Foundation
import Testing

/// The one civil-date arithmetic of the package against Foundation's Gregorian calendar, before
/// and after 1970, and its strict `YYYY-MM-DD` parser.
@Suite struct CivilCalendarTests {
    /// Foundation's proleptic Gregorian calendar on UTC, the reference.
    static let gregorian: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        return calendar
    }()

    @Test func daysMatchFoundationFrom1800To2200() {
        for day in stride(from: Int64(-62_000), through: 84_000, by: 97) {
            let parts = Self.gregorian.dateComponents(
                [.year, .month, .day], from: Date(timeIntervalSince1970: TimeInterval(day) * 86_400))
            let date = CivilCalendar.date(fromDay: day)
            #expect(
                date.year == Int64(parts.year!) && date.month == Int64(parts.month!) && date.day == Int64(parts.day!))
            #expect(CivilCalendar.day(year: date.year, month: date.month, day: date.day) == day)
        }
    }

    @Test func parsesOnlyDatesThatExist() {
        #expect(CivilCalendar.day(parsing: "1970-01-01") == 0)
        #expect(CivilCalendar.day(parsing: "2024-02-29") == 19_782)
        #expect(CivilCalendar.day(parsing: "2025-02-29") == nil)
        #expect(CivilCalendar.day(parsing: "2025-1-05") == nil)
        #expect(CivilCalendar.day(parsing: "2025-13-01") == nil)
    }

    @Test func durationsCountWholeMilliseconds() {
        #expect(Duration.milliseconds(1_500).wholeMilliseconds == 1_500)
        #expect((Duration.seconds(2) + .microseconds(999)).wholeMilliseconds == 2_000)
    }
}
