import ExportModels

/// When rides start: the plan's days (weekdays busier than weekends) and hours (morning and
/// evening peaks, a trickle at night) in Europe/Paris, plus the moments that exercise the
/// export's date rules — 23:55 (dated the next day once rounded up), exact 10-minute
/// boundaries, the nights clocks change, and campaigns' booster days.
struct RideCalendar: Sendable {
    /// What kind of moment a ride starts at.
    enum Moment: Equatable {
        /// Any day of the plan, any time by the hourly weights.
        case ordinary
        /// 23:55:00 local time.
        case fiveToMidnight
        /// A time whose minutes are a multiple of ten and seconds zero.
        case roundTenMinutes
        /// Between 00:30 and 04:00 on a night the clocks change.
        case clockChangeNight
        /// A booster day of the campaign at this catalogue index.
        case booster(campaign: Int)
    }

    /// Europe/Paris over the plan's months.
    let clock: ZoneClock
    private let days: WeightedChoice<Int>
    private let hours: WeightedChoice<Int>
    /// The days of the plan on which clocks change.
    let clockChangeDays: [Int]
    /// The booster days inside the plan, with their campaign's index.
    let boosterDays: [(campaign: Int, day: Int)]

    /// The calendar of `months`, with the booster days of `campaigns` that fall in them.
    init(months: [ParisMonth], campaigns: [SeededCampaign]) {
        let planDays = months.flatMap { Array(CivilDays.days(of: $0)) }
        clock = ZoneClock(
            zone: ZoneClock.paris, from: Int64(planDays.first! - 2) * 86_400, to: Int64(planDays.last! + 3) * 86_400)
        let dayWeights = [1.0, 1.0, 1.0, 1.0, 0.95, 0.55, 0.4]
        days = WeightedChoice(planDays.map { (item: $0, weight: dayWeights[CivilDays.weekday($0)]) })
        let hourWeights = [0.6, 0.4, 0.3, 0.3, 0.5, 1.5, 4, 9, 10, 5, 3, 3, 4, 4, 3, 3, 5, 9, 9, 5, 3, 2, 1.5, 1]
        hours = WeightedChoice(hourWeights.enumerated().map { (item: $0.offset, weight: $0.element) })
        let inPlan = Set(planDays)
        clockChangeDays = clock.transitionDays.filter { inPlan.contains($0) }
        boosterDays = campaigns.enumerated().flatMap { index, campaign in
            campaign.boosterDays.filter { inPlan.contains($0) }.map { (campaign: index, day: $0) }
        }
    }

    /// Draws the moment a ride starts and the instant of its start: 2 % at 23:55, 3 % on a
    /// 10-minute boundary, 1.5 % on a clock-change night and 8 % on a booster day when the plan
    /// has some, the rest ordinary. In the hour repeated when clocks go back, either occurrence.
    func drawStart(using random: inout SplitMix64) -> (moment: Moment, start: Int64) {
        let roll = random.unit()
        let later = random.chance(0.5)
        let moment: Moment
        let day: Int
        let second: Int
        if roll < 0.02 {
            (moment, day, second) = (.fiveToMidnight, days.draw(using: &random), 23 * 3600 + 55 * 60)
        } else if roll < 0.05 {
            let minute = hours.draw(using: &random) * 60 + 10 * random.int(in: 0...5)
            (moment, day, second) = (.roundTenMinutes, days.draw(using: &random), minute * 60)
        } else if roll < 0.065, !clockChangeDays.isEmpty {
            let night = random.element(of: clockChangeDays)
            (moment, day, second) = (.clockChangeNight, night, random.int(in: 1800...14_400))
        } else if roll < 0.145, !boosterDays.isEmpty {
            let booster = random.element(of: boosterDays)
            (moment, day, second) = (.booster(campaign: booster.campaign), booster.day, anyTime(using: &random))
        } else {
            (moment, day, second) = (.ordinary, days.draw(using: &random), anyTime(using: &random))
        }
        return (moment, clock.instant(atLocal: Int64(day) * 86_400 + Int64(second), later: later))
    }

    /// The local day (day number) of an instant.
    func localDay(of instant: Int64) -> Int {
        Int((instant + clock.offset(at: instant)) / 86_400)
    }

    /// A second of the day, its hour drawn by the hourly weights.
    private func anyTime(using random: inout SplitMix64) -> Int {
        hours.draw(using: &random) * 3600 + random.int(below: 3600)
    }
}
