package import ExportModels

/// The k-anonymity passes of docs/opendata.md §3, run on the month's trip counts per (start, end) pair:
/// each pass counts the remaining trips per start code and per end code and removes every trip
/// whose start code or end code has fewer than `minOccurrences`; passes repeat until none is
/// below. A code removed as a start stays possible as an end and the other way round, so the
/// trips kept are exactly those whose start is not in `excludedStartCodes` and whose end is not
/// in `excludedEndCodes`.
package struct OpendataAnonymity: Sendable, Equatable {
    /// Start codes whose trips are all removed, sorted.
    package let excludedStartCodes: [String]
    /// End codes whose trips are all removed, sorted.
    package let excludedEndCodes: [String]
    /// The counts of the file.
    package let stats: OpendataStats
    /// The passes that removed something.
    package let passes: Int

    /// Runs the passes on `pairs` with the threshold `minOccurrences` (`OPENDATA_MIN_OCCURRENCES`).
    package init(pairs: [OpendataPairCount], minOccurrences: Int) {
        var kept = pairs.filter { $0.trips > 0 }
        var excludedStart = Set<String>()
        var excludedEnd = Set<String>()
        var first = (start: 0, end: 0, both: 0)
        var later = 0
        var passes = 0
        while true {
            let rareStarts = Self.rareCodes(kept, minOccurrences: minOccurrences, code: \.start)
            let rareEnds = Self.rareCodes(kept, minOccurrences: minOccurrences, code: \.end)
            if rareStarts.isEmpty && rareEnds.isEmpty { break }
            var remaining: [OpendataPairCount] = []
            for pair in kept {
                let rareStart = rareStarts.contains(pair.start)
                let rareEnd = rareEnds.contains(pair.end)
                if !rareStart && !rareEnd {
                    remaining.append(pair)
                } else if passes > 0 {
                    later += pair.trips
                } else {
                    // As the registry publishes them (docs/opendata.md §4): a trip removed for
                    // both codes counts in `start`, in `end` and in `both`.
                    if rareStart { first.start += pair.trips }
                    if rareEnd { first.end += pair.trips }
                    if rareStart && rareEnd { first.both += pair.trips }
                }
            }
            excludedStart.formUnion(rareStarts)
            excludedEnd.formUnion(rareEnds)
            kept = remaining
            passes += 1
        }
        excludedStartCodes = excludedStart.sorted()
        excludedEndCodes = excludedEnd.sorted()
        stats = OpendataStats(
            countTotal: pairs.reduce(0) { $0 + max(0, $1.trips) }, countRemovedStart: first.start,
            countRemovedEnd: first.end, countRemovedBoth: first.both, countRemovedLater: later)
        self.passes = passes
    }

    /// The codes at `code` of `pairs` with fewer than `minOccurrences` trips.
    private static func rareCodes(
        _ pairs: [OpendataPairCount], minOccurrences: Int, code: KeyPath<OpendataPairCount, String>
    ) -> Set<String> {
        var counts: [String: Int] = [:]
        for pair in pairs { counts[pair[keyPath: code], default: 0] += pair.trips }
        return Set(counts.filter { $0.value < minOccurrences }.keys)
    }
}
