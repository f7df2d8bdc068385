/// A small, fast, seedable pseudo-random generator (Steele, Lea and Flood's SplitMix64). The
/// seeder uses it instead of the system generator so that one seed always gives the same data,
/// on every machine and with every Swift version: the bounded draws below are written here too,
/// rather than taken from the standard library whose algorithms may change.
struct SplitMix64 {
    private var state: UInt64

    /// A generator whose sequence is fixed by `seed`.
    init(seed: UInt64) {
        state = seed
    }

    /// A generator for one item of a larger whole (the `index`-th ride of a seed): the streams of
    /// neighbouring indices are unrelated, so items can be regenerated one by one in any order.
    init(seed: UInt64, stream index: Int) {
        state = Self.mix(seed ^ Self.mix(UInt64(truncatingIfNeeded: index) &+ 0x6A09_E667_F3BC_C909))
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// A uniform integer in `0..<bound` (`bound` > 0), by multiply-and-shift.
    mutating func int(below bound: Int) -> Int {
        precondition(bound > 0, "empty range")
        return Int(truncatingIfNeeded: next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A uniform integer in `range`.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + int(below: range.upperBound - range.lowerBound + 1)
    }

    /// A uniform double in `0..<1` with 53 random bits.
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// A uniform double in `range`.
    mutating func double(in range: ClosedRange<Double>) -> Double {
        range.lowerBound + unit() * (range.upperBound - range.lowerBound)
    }

    /// True with probability `probability`.
    mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    /// A uniformly chosen element of a non-empty collection.
    mutating func element<Items: RandomAccessCollection>(of items: Items) -> Items.Element where Items.Index == Int {
        items[items.startIndex + int(below: items.count)]
    }

    /// SplitMix64's output function: a bijection of the 64-bit integers that scatters nearby
    /// inputs, also used on its own to turn a counter into an identifier that looks random but
    /// never repeats.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
