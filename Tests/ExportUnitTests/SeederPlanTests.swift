import ExportModels
import Foundation
import Testing

@testable import ExportSeeder

/// Seed plans: the `--month` values, the default months, and what a plan refuses.
@Suite struct SeederPlanTests {
    /// The instant of an ISO 8601 text.
    private func instant(_ text: String) throws -> Date {
        try #require(ISO8601DateFormatter().date(from: text))
    }

    @Test func parsesYearDashMonth() {
        #expect(ParisMonth("2026-03") == ParisMonth(year: 2026, month: 3))
        #expect(ParisMonth("2026-03")?.description == "2026-03")
        #expect(ParisMonth("2026-12")?.next == ParisMonth(year: 2027, month: 1))
    }

    @Test(arguments: ["2026-13", "2026-00", "2026-3", "26-03", "2026/03", "2026-03-01", "", "２０２６-03"])
    func refusesOtherShapes(text: String) {
        #expect(ParisMonth(text) == nil)
    }

    @Test func defaultsToTheThreeWholeMonthsBeforeToday() throws {
        let plan = try SeedPlan(today: instant("2026-11-29T03:00:00Z"))
        #expect(plan.months.map(\.description) == ["2026-08", "2026-09", "2026-10"])
        #expect(plan.trips == 10_000)
        #expect(plan.randomSeed == SeedPlan.defaultRandomSeed)
    }

    @Test func countsMonthsInParisTime() throws {
        let newYearInParis = try instant("2025-12-31T23:30:00Z")
        #expect(
            ParisMonth.wholeMonths(3, before: newYearInParis).map(\.description) == ["2025-10", "2025-11", "2025-12"])
    }

    @Test func sortsAndDeduplicatesMonths() throws {
        let october = ParisMonth(year: 2026, month: 10)!
        let march = ParisMonth(year: 2026, month: 3)!
        #expect(try SeedPlan(months: [october, march, october]).months == [march, october])
    }

    @Test func refusesAnEmptyPlan() {
        #expect(throws: SeedPlanError.tripsOutOfRange(0)) { try SeedPlan(trips: 0) }
        #expect(throws: SeedPlanError.noMonth) { try SeedPlan(months: []) }
    }
}
