/// Draws items in proportion to fixed weights, in logarithmic time (cumulative sums and a binary
/// search), for the places, hours, days and statuses the generator picks millions of times.
struct WeightedChoice<Item> {
    /// The items, in the order given.
    let items: [Item]
    private let cumulative: [Double]

    /// A choice among `weighted` items; weights must be positive and at least one item given.
    init(_ weighted: [(item: Item, weight: Double)]) {
        precondition(!weighted.isEmpty, "nothing to choose from")
        items = weighted.map(\.item)
        var total = 0.0
        cumulative = weighted.map { entry in
            precondition(entry.weight > 0, "weights must be positive")
            total += entry.weight
            return total
        }
    }

    /// One item, drawn with probability proportional to its weight.
    func draw(using random: inout SplitMix64) -> Item {
        let target = random.unit() * cumulative[cumulative.count - 1]
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] > target { high = middle } else { low = middle + 1 }
        }
        return items[low]
    }
}

extension WeightedChoice: Sendable where Item: Sendable {}
