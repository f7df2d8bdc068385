/// Where rides start and end: starts weighted by population, ends in the same basin (the same
/// place for short hops, a foreign town for some trips near a border), and per place the
/// campaigns whose territory covers it.
struct PlaceSampler: Sendable {
    /// The places, as in the catalogue's geography.
    let places: [Place]
    private let starts: WeightedChoice<Int>
    private let ends: [String: WeightedChoice<Int>]
    private let abroad: [String: [Int]]
    private let campaignPlaces: [WeightedChoice<Int>]
    /// For each place, bit `i` set when campaign `i` covers it.
    let campaignMasks: [UInt64]

    /// The sampler of `catalogue`'s places and campaigns.
    init(catalogue: SeedCatalogue) {
        let places = catalogue.geography.places
        let french = places.indices.filter { !places[$0].isAbroad }
        let weighted = { (members: [Int]) in
            WeightedChoice(members.map { (item: $0, weight: max(places[$0].tripWeight, 10)) })
        }
        precondition(catalogue.campaigns.count <= 64, "campaign masks hold 64 campaigns")
        let masks = places.map { place in
            catalogue.campaigns.enumerated().reduce(UInt64(0)) { mask, entry in
                entry.element.territory.contains(place.row) ? mask | (1 << UInt64(entry.offset)) : mask
            }
        }
        self.places = places
        starts = weighted(french)
        ends = Dictionary(grouping: french) { places[$0].basin }.mapValues(weighted)
        abroad = Dictionary(grouping: places.indices.filter { places[$0].isAbroad }) { places[$0].basin }
        campaignMasks = masks
        campaignPlaces = catalogue.campaigns.indices.map { campaign in
            weighted(places.indices.filter { masks[$0] & (1 << UInt64(campaign)) != 0 })
        }
    }

    /// The start and end places of a ride; a booster ride starts in its campaign's territory.
    func drawRoute(booster campaign: Int?, using random: inout SplitMix64) -> (start: Int, end: Int) {
        let start = campaign.map { campaignPlaces[$0].draw(using: &random) } ?? starts.draw(using: &random)
        let basin = places[start].basin
        let roll = random.unit()
        if roll < 0.15 && !places[start].isAbroad { return (start, start) }
        if roll < 0.24, let towns = abroad[basin], !places[start].isAbroad {
            let town = random.element(of: towns)
            return random.chance(0.5) ? (start, town) : (town, start)
        }
        return (start, ends[basin]!.draw(using: &random))
    }
}
