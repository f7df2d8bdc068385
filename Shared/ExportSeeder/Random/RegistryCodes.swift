/// Identifiers shaped like the French registries' own: SIREN (9 digits) and SIRET (14 digits)
/// numbers whose last digit is a Luhn check digit, as INSEE issues them.
enum RegistryCodes {
    /// A SIREN made of `prefix` (digits), random digits, and the Luhn check digit.
    static func siren(prefix: String, using random: inout SplitMix64) -> String {
        withCheckDigit(prefix + randomDigits(8 - prefix.count, using: &random))
    }

    /// The SIRET of an establishment of `siren`: a 4-digit establishment number and the check
    /// digit that makes the 14 digits Luhn-valid.
    static func siret(siren: String, establishment: Int) -> String {
        let number = String(establishment % 10_000)
        return withCheckDigit(siren + String(repeating: "0", count: 4 - number.count) + number)
    }

    /// True when `digits` are all decimal digits and pass the Luhn check.
    static func isLuhnValid(_ digits: String) -> Bool {
        let values = digits.utf8.map { Int($0) - 48 }
        guard !values.isEmpty, values.allSatisfy({ (0...9).contains($0) }) else { return false }
        return luhnSum(values, doublingLast: false) % 10 == 0
    }

    /// `digits` followed by the digit that makes the whole Luhn-valid.
    private static func withCheckDigit(_ digits: String) -> String {
        let sum = luhnSum(digits.utf8.map { Int($0) - 48 }, doublingLast: true)
        return digits + String((10 - sum % 10) % 10)
    }

    /// The Luhn sum of `values`, doubling every second digit from the right, starting with the
    /// last one when a check digit is still to be appended.
    private static func luhnSum(_ values: [Int], doublingLast: Bool) -> Int {
        var sum = 0
        for (offset, value) in values.reversed().enumerated() {
            let doubled = (offset % 2 == 0) == doublingLast
            let term = doubled ? value * 2 : value
            sum += term > 9 ? term - 9 : term
        }
        return sum
    }

    private static func randomDigits(_ count: Int, using random: inout SplitMix64) -> String {
        String((0..<max(count, 0)).map { _ in Character(String(random.int(below: 10))) })
    }
}
