import ExportFiles
import ExportTime
package import Foundation

/// The booster days of every campaign: decides `booster` or `normal` for a trip (docs/files.md §11).
package struct CampaignCalendar: Sendable {
    /// A campaign's zone clock and booster days (days since 1970-01-01 in its zone).
    struct Campaign: Sendable {
        var clock: TripZoneClock
        let boosterDays: Set<Int64>
    }

    private var campaigns: [Int: Campaign]

    /// Campaigns by policy id: their zone and booster dates (`YYYY-MM-DD`).
    package init(boosterDates: [Int: (zone: TimeZone, dates: [String])]) throws {
        campaigns = try boosterDates.mapValues { entry in
            let days = try entry.dates.map { text in
                guard let day = CivilCalendar.day(parsing: text) else {
                    throw CampaignFileError(path: "", reason: "booster date \(text) is not YYYY-MM-DD")
                }
                return day
            }
            return Campaign(clock: TripZoneClock(zone: entry.zone), boosterDays: Set(days))
        }
    }

    /// Reads every `*.json` file of `directory`.
    package static func load(directory: String) throws -> CampaignCalendar {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".json") }
        var entries: [Int: (zone: TimeZone, dates: [String])] = [:]
        for name in names.sorted() {
            let path = (directory as NSString).appendingPathComponent(name)
            let file: CampaignFile
            do {
                file = try JSONDecoder().decode(CampaignFile.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
            } catch {
                throw CampaignFileError(path: path, reason: "\(error)")
            }
            guard let zone = TimeZone(identifier: file.tz) else {
                throw CampaignFileError(path: path, reason: "unknown time zone \(file.tz)")
            }
            entries[file.policyId] = (zone, file.boosterDates)
        }
        return try CampaignCalendar(boosterDates: entries)
    }

    /// True when the trip starting at `startMicroseconds` (UTC) has a validated incentive of a
    /// campaign whose booster dates include the start's date in the campaign's zone.
    package mutating func isBooster(startMicroseconds: Int64, validatedPolicies: some Sequence<Int>) -> Bool {
        for policy in validatedPolicies {
            guard let day = campaigns[policy]?.clock.localDay(epochMicroseconds: startMicroseconds) else { continue }
            if campaigns[policy]?.boosterDays.contains(day) == true { return true }
        }
        return false
    }
}
