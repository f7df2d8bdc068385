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
        places = catalogue.geography.places
        let french = places.indices.filter { !places[$0].isAbroad }
        starts = WeightedChoice(french.map { (item: $0, weight: places[$0].tripWeight) })
        ends = Dictionary(grouping: french) { places[$0].basin }.mapValues { members in
            WeightedChoice(members.map { (item: $0, weight: places[$0].tripWeight) })
        }
        abroad = Dictionary(grouping: places.indices.filter { places[$0].isAbroad }) { places[$0].basin }
        precondition(catalogue.campaigns.count <= 64, "campaign masks hold 64 campaigns")
        campaignMasks = places.map { place in
            catalogue.campaigns.enumerated().reduce(0) { mask, entry in
                entry.element.territory.contains(place.row) ? mask | (1 << UInt64(entry.offset)) : mask
            }
        }
        campaignPlaces = catalogue.campaigns.indices.map { [places, campaignMasks] campaign in
            WeightedChoice(places.indices.filter { campaignMasks[$0] & (1 << UInt64(campaign)) != 0 }.map {
                (item: $0, weight: max(places[$0].tripWeight, 10))
            })
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
