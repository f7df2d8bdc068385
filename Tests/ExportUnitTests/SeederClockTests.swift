import ExportModels
import Foundation
import Testing

@testable import ExportSeeder

/// Local times in Europe/Paris around the clock changes, and the rides placed on those nights.
@Suite struct SeederClockTests {
    static let march29 = CivilDays.day(year: 2026, month: 3, day: 29)
    static let october25 = CivilDays.day(year: 2026, month: 10, day: 25)
    private let clock = ZoneClock(
        zone: ZoneClock.paris, from: Int64(march29 - 40) * 86_400, to: Int64(october25 + 10) * 86_400)

    /// Seconds since 1970 of `hour`:`minute` UTC on `day`.
    private func utc(_ day: Int, _ hour: Int, _ minute: Int) -> Int64 {
        Int64(day) * 86_400 + Int64(hour * 3600 + minute * 60)
    }

    @Test func findsTheTwoClockChangeSundays() {
        #expect(clock.transitionDays == [Self.march29, Self.october25])
    }

    @Test(arguments: [SeederClockTests.march29, SeederClockTests.october25])
    func agreesWithTheSystemTimeZoneEveryFiveMinutesAroundAChange(day: Int) {
        for instant in stride(from: utc(day - 1, 0, 0), to: utc(day + 1, 0, 0), by: 300) {
            let local =
                instant + Int64(ZoneClock.paris.secondsFromGMT(for: Date(timeIntervalSince1970: Double(instant))))
            let candidates = [clock.instant(atLocal: local, later: false), clock.instant(atLocal: local, later: true)]
            #expect(candidates.contains(instant), "local \(local) does not map back to \(instant)")
            #expect(clock.offset(at: instant) == local - instant)
        }
    }

    @Test func skippedHourMovesForwardByAnHour() {
        let halfPastTwo = Int64(Self.march29) * 86_400 + 2 * 3600 + 1800
        #expect(clock.instant(atLocal: halfPastTwo, later: false) == utc(Self.march29, 1, 30))
        #expect(clock.instant(atLocal: halfPastTwo, later: true) == utc(Self.march29, 1, 30))
    }

    @Test func repeatedHourHasAnEarlierAndALaterInstant() {
        let halfPastTwo = Int64(Self.october25) * 86_400 + 2 * 3600 + 1800
        #expect(clock.instant(atLocal: halfPastTwo, later: false) == utc(Self.october25, 0, 30))
        #expect(clock.instant(atLocal: halfPastTwo, later: true) == utc(Self.october25, 1, 30))
    }

    @Test func ridesFillBothClockChangeNightsAndTheSpecialMinutes() throws {
        let plan = try SeedPlan(months: [ParisMonth(year: 2026, month: 3)!, ParisMonth(year: 2026, month: 10)!])
        let calendar = RideCalendar(months: plan.months, campaigns: SeedCatalogue.standard.campaigns)
        #expect(calendar.clockChangeDays == [Self.march29, Self.october25])
        var random = SplitMix64(seed: 11)
        var starts: [(moment: RideCalendar.Moment, start: Int64)] = []
        for _ in 0..<20_000 { starts.append(calendar.drawStart(using: &random)) }
        let nights = starts.filter { $0.moment == .clockChangeNight }.map(\.start)
        #expect(nights.contains { (utc(Self.october25, 0, 0)..<utc(Self.october25, 1, 0)).contains($0) })
        #expect(nights.contains { (utc(Self.october25, 1, 0)..<utc(Self.october25, 2, 0)).contains($0) })
        #expect(nights.contains { (utc(Self.march29, 0, 0)..<utc(Self.march29, 2, 0)).contains($0) })
        func localSecond(_ instant: Int64) -> Int64 { (instant + calendar.clock.offset(at: instant)) % 86_400 }
        let late = starts.filter { $0.moment == .fiveToMidnight }
        #expect(!late.isEmpty && late.allSatisfy { localSecond($0.start) == 23 * 3600 + 55 * 60 })
        let round = starts.filter { $0.moment == .roundTenMinutes }
        #expect(!round.isEmpty && round.allSatisfy { localSecond($0.start) % 600 == 0 })
        let boosters = Set(
            starts.compactMap { entry -> Int? in
                guard case .booster = entry.moment else { return nil }
                return calendar.localDay(of: entry.start)
            })
        #expect(boosters == Set(calendar.boosterDays.map(\.day)))
        #expect(boosters.contains(CivilDays.day(iso: "2026-10-13")!))
    }
}
