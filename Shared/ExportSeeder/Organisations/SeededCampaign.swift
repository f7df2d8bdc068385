/// A campaign with its days as day numbers (local dates in Europe/Paris).
struct SeededCampaign: Sendable {
    /// The catalogue entry.
    let spec: CampaignSpec
    /// Its territory.
    let territory: SeededTerritory
    /// The first and last days it pays for.
    let days: ClosedRange<Int>
    /// Its booster days.
    let boosterDays: [Int]
}
