import ExportModels
import ExportOpendataFile
import ExportTrips
import Testing

/// The k-anonymity passes of docs/opendata.md §3–4 and their counts, on known sets of (start, end) pairs.
@Suite struct OpendataAnonymityTests {
    /// A pair count.
    private func pair(_ start: String, _ end: String, _ trips: Int) -> OpendataPairCount {
        OpendataPairCount(start: start, end: end, trips: trips)
    }

    @Test func firstPassCountsStartAndEndEachWithTheTripsRemovedForBoth() {
        // Pass 1: starts B (2) and C (4) are rare, ends B (3), D (4), E (1) and G (1) are rare;
        // C→D (4) is removed for both codes and counts in start, end and both.
        // Pass 2: start F is left with 5 trips (F→A), below 6, and goes too.
        let result = OpendataAnonymity(
            pairs: [
                pair("A", "A", 10), pair("A", "B", 3), pair("B", "A", 2), pair("C", "D", 4), pair("A", "E", 1),
                pair("F", "A", 5), pair("F", "G", 1),
            ],
            minOccurrences: 6)
        #expect(result.stats.countTotal == 26)
        #expect(result.stats.countRemovedStart == 6)
        #expect(result.stats.countRemovedEnd == 9)
        #expect(result.stats.countRemovedBoth == 4)
        #expect(result.stats.countRemovedFirstPass == 11)
        #expect(result.stats.countRemovedLater == 5)
        #expect(result.stats.countRemoved == 16)
        #expect(result.stats.countExposed == 10)
        #expect(result.stats.published == false)
        #expect(result.passes == 2)
        #expect(result.excludedStartCodes == ["B", "C", "F"])
        #expect(result.excludedEndCodes == ["B", "D", "E", "G"])
    }

    @Test func aCodeRareAsAStartStaysAsAnEnd() {
        let result = OpendataAnonymity(
            pairs: [pair("A", "B", 6), pair("B", "A", 1), pair("A", "A", 1)], minOccurrences: 6)
        #expect(result.excludedStartCodes == ["B"])
        #expect(result.excludedEndCodes == ["A"])
        #expect(result.stats.countRemovedBoth == 1)
        #expect(result.stats.countRemovedStart == 1)
        #expect(result.stats.countRemovedEnd == 2)
        #expect(result.stats.countRemovedFirstPass == 2)
        #expect(result.stats.countExposed == 6)
    }

    @Test func codesReachingTheThresholdExactlyStay() {
        let result = OpendataAnonymity(pairs: [pair("A", "B", 6), pair("C", "B", 6)], minOccurrences: 6)
        #expect(result.stats.countRemoved == 0)
        #expect(result.stats.countExposed == 12)
        #expect(result.passes == 0)
        #expect(result.excludedStartCodes.isEmpty && result.excludedEndCodes.isEmpty)
    }

    @Test func cascadeCanRemoveEverything() {
        // A→B 5 makes B rare as an end; then nothing remains of A's 6 starts but A→C 1.
        let result = OpendataAnonymity(pairs: [pair("A", "B", 5), pair("A", "C", 1)], minOccurrences: 6)
        #expect(result.stats.countRemovedEnd == 6)
        #expect(result.stats.countExposed == 0)
        #expect(result.passes == 1)
    }

    @Test func anEmptyMonthHasNothingToRemove() {
        let result = OpendataAnonymity(pairs: [], minOccurrences: 6)
        #expect(
            result.stats
                == OpendataStats(
                    countTotal: 0, countRemovedStart: 0, countRemovedEnd: 0, countRemovedBoth: 0, countRemovedLater: 0))
        #expect(result.passes == 0)
    }

    @Test func statsAreStoredWithTheContractKeys() throws {
        let stats = OpendataStats(
            countTotal: 26, countRemovedStart: 6, countRemovedEnd: 9, countRemovedBoth: 4, countRemovedLater: 5)
        #expect(
            try stats.json()
                == #"{"count_exposed":10,"count_removed":16,"count_removed_both":4,"count_removed_end":9,"#
                + #""count_removed_later":5,"count_removed_start":6,"count_total":26,"published":false}"#)
        #expect(try OpendataStats.decode(#"{"rows": 10, "sheets": 1, "# + (try stats.json()).dropFirst()) == stats)
    }
}
