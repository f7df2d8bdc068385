import ExportModels

/// The format of the codes of each geographic level (docs/validation.md §6).
enum GeoCodeRules {
    /// The most codes a selector may hold, all levels together.
    static let maximumCodes = 1000

    /// True when `code` has the format of `level`.
    static func accepts(_ code: String, at level: GeoLevel) -> Bool {
        let characters = Array(code)
        let insee: (Character) -> Bool = { $0.isASCII && ($0.isNumber || $0 == "A" || $0 == "B") }
        let digit: (Character) -> Bool = { $0.isASCII && $0.isNumber }
        switch level {
        case .arr, .com: return characters.count == 5 && characters.allSatisfy(insee)
        case .epci, .aom: return characters.count == 9 && characters.allSatisfy(digit)
        case .dep: return (2...3).contains(characters.count) && characters.allSatisfy(insee)
        case .reg: return characters.count == 2 && characters.allSatisfy(digit)
        case .country:
            return characters.count == 5 && characters.allSatisfy { $0.isASCII && ($0.isNumber || $0.isUppercase) }
        }
    }
}
