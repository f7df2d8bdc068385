import Testing

@testable import ExportSeeder

/// The seeder's own random generator and the identifiers derived from it.
@Suite struct SeederRandomTests {
    @Test func sameSeedGivesTheSameSequenceAndAnotherSeedAnother() {
        var first = SplitMix64(seed: 42)
        var again = SplitMix64(seed: 42)
        var other = SplitMix64(seed: 43)
        let drawn = (0..<8).map { _ in first.next() }
        #expect(drawn == (0..<8).map { _ in again.next() })
        #expect(drawn != (0..<8).map { _ in other.next() })
    }

    @Test func knownSeedGivesTheReferenceSplitMix64Output() {
        var random = SplitMix64(seed: 0)
        #expect(random.next() == 0xE220_A839_7B1D_CDAF)
        #expect(random.next() == 0x6E78_9E6A_A1B9_65F4)
    }

    @Test func streamsOfNeighbouringIndicesDiffer() {
        var first = SplitMix64(seed: 7, stream: 0)
        var second = SplitMix64(seed: 7, stream: 1)
        #expect(first.next() != second.next())
    }

    @Test func boundedDrawsStayInRangeAndReachBothEnds() {
        var random = SplitMix64(seed: 1)
        let values = (0..<2_000).map { _ in random.int(in: 3...7) }
        #expect(values.allSatisfy { (3...7).contains($0) })
        #expect(Set(values) == [3, 4, 5, 6, 7])
        let units = (0..<2_000).map { _ in random.unit() }
        #expect(units.allSatisfy { $0 >= 0 && $0 < 1 })
    }

    @Test func weightedChoiceFollowsItsWeights() {
        var random = SplitMix64(seed: 2)
        let choice = WeightedChoice([(item: "rare", weight: 1.0), ("common", 9)])
        let rare = (0..<10_000).filter { _ in choice.draw(using: &random) == "rare" }.count
        #expect((800...1_200).contains(rare))
    }

    @Test func uuidsAreVersionFourShapedAndDistinct() throws {
        let uuids = (0..<1_000).map { SyntheticIdentifiers.uuid(UInt64($0), salt: 9) }
        #expect(Set(uuids).count == 1_000)
        let pattern = try Regex("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
        #expect(uuids.allSatisfy { $0.wholeMatch(of: pattern) != nil })
    }

    @Test func identityKeysAreSixtyFourHexDigitsAndDependOnTheSalt() {
        let key = SyntheticIdentifiers.identityKey(person: 12, salt: 1)
        #expect(key.count == 64)
        #expect(key.allSatisfy { $0.isHexDigit && !$0.isUppercase })
        #expect(key != SyntheticIdentifiers.identityKey(person: 12, salt: 2))
        #expect(key == SyntheticIdentifiers.identityKey(person: 12, salt: 1))
    }
}
