import Foundation

/// What every row of one département shares while the geography is built.
struct DepartmentContext {
    /// The département as catalogued.
    let spec: DepartmentSpec
    /// Its code and name.
    let dep: NamedCode
    /// Its region's code and name.
    let reg: NamedCode
    /// The mobility authority of communes whose intercommunality is not one: the region's.
    let regionalAOM: NamedCode

    /// A latest-year perimeter row of this département.
    func row(arr: NamedCode, com: NamedCode, epci: NamedCode, aom: NamedCode, population: Int?, surface: Double?)
        -> PerimeterRow
    {
        PerimeterRow(
            year: Geography.latestYear, arr: arr, com: com, epci: epci, dep: dep, reg: reg,
            country: PerimeterRow.france, aom: aom, population: population, surface: surface)
    }
}

extension GeographyBuilder {
    /// The authority that organises mobility where no local one does: Île-de-France Mobilités
    /// in Île-de-France, the Collectivité de Corse in Corsica, the regional council elsewhere.
    static func regionalAuthority(of region: NamedCode) -> String {
        switch region.code {
        case "11": DepartmentCatalogue.ileDeFranceMobilites
        case "94": "Collectivité de Corse"
        default: "Région \(region.name)"
        }
    }

    /// The point `km` kilometres from (`latitude`, `longitude`) in direction `angle` (radians).
    static func offset(_ latitude: Double, _ longitude: Double, km: Double, angle: Double) -> (Double, Double) {
        let kilometresPerDegree = 111.32
        return (
            latitude + km * cos(angle) / kilometresPerDegree,
            longitude + km * sin(angle) / (kilometresPerDegree * cos(latitude * .pi / 180))
        )
    }

    /// A value from `make` not yet in `taken`, which it is then added to.
    static func unique(_ taken: inout Set<String>, _ make: () -> String) -> String {
        var value = make()
        while taken.contains(value) { value = make() }
        taken.insert(value)
        return value
    }

    /// `value` (0–999) on three digits.
    static func threeDigits(_ value: Int) -> String {
        value < 10 ? "00\(value)" : value < 100 ? "0\(value)" : "\(value)"
    }

    /// An integer drawn so that its logarithm is uniform in the range: villages of 100 and of
    /// 1,000 inhabitants are as common as villages of 1,000 and of 10,000.
    static func logUniform(_ range: ClosedRange<Int>, using random: inout SplitMix64) -> Int {
        let low = log(Double(max(range.lowerBound, 1)))
        let high = log(Double(max(range.upperBound, 1)))
        return Int(exp(random.double(in: low...high)).rounded())
    }
}
