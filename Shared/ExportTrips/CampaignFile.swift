import ExportFiles
import ExportTime
import Foundation

/// A campaign file of `CAMPAIGNS_DIR` (docs/files.md §11).
struct CampaignFile: Decodable {
    let policyId: Int
    let name: String
    let tz: String
    let boosterDates: [String]

    enum CodingKeys: String, CodingKey {
        case policyId = "policy_id"
        case name, tz
        case boosterDates = "booster_dates"
    }
}
