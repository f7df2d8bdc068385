import ExportModels
import Foundation
import Testing

@testable import ExportSeeder

/// The campaign configuration files the builder reads (`config/campaigns/*.json`) describe the
/// campaigns the seeder loads into `policy.policies`, booster days included.
@Suite struct SeederCampaignFilesTests {
    /// The fields of a campaign file.
    private struct CampaignFile: Decodable, Equatable {
        let policyID: Int
        let name: String
        let timeZone: String
        let startDate: String
        let endDate: String
        let boosterDates: [String]

        enum CodingKeys: String, CodingKey {
            case policyID = "policy_id"
            case name
            case timeZone = "tz"
            case startDate = "start_date"
            case endDate = "end_date"
            case boosterDates = "booster_dates"
        }
    }

    /// Every file of the repository's `config/campaigns` folder, decoded.
    private func files() throws -> [CampaignFile] {
        let folder = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("config/campaigns")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
        return try names.sorted().map { name in
            try JSONDecoder().decode(CampaignFile.self, from: Data(contentsOf: folder.appendingPathComponent(name)))
        }
    }

    @Test func everyFileMatchesASeededCampaign() throws {
        let seeded = CampaignCatalogue.campaigns.filter(\.hasConfigurationFile)
        let expected = seeded.map { spec in
            CampaignFile(
                policyID: spec.id, name: spec.name, timeZone: spec.timeZone, startDate: spec.startDate,
                endDate: spec.endDate, boosterDates: spec.boosterDates)
        }
        #expect(try files() == expected)
        #expect((2...3).contains(expected.count))
    }

    @Test func boosterDatesAreInsideTheirCampaignAndEveryRecentMonthHasOne() throws {
        for campaign in SeedCatalogue.standard.campaigns {
            #expect(campaign.boosterDays.allSatisfy { campaign.days.contains($0) })
        }
        let allBoosterMonths = Set(SeedCatalogue.standard.campaigns.flatMap(\.spec.boosterDates).map { $0.prefix(7) })
        for year in 2025...2027 {
            for month in 1...12 {
                #expect(allBoosterMonths.contains(Substring(ParisMonth(year: year, month: month)!.description)))
            }
        }
    }

    @Test func oneCampaignCountsInPointsAndEachBelongsToATerritoryWithSelectors() {
        let campaigns = SeedCatalogue.standard.campaigns
        #expect(campaigns.filter { $0.spec.unit == .point }.count == 1)
        #expect(campaigns.allSatisfy { !$0.territory.selectors.isEmpty })
        #expect(SeedCatalogue.standard.territories.filter(\.selectors.isEmpty).count == 1)
    }
}
