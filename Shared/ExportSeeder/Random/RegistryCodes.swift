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

    /// `digits` followed by their Luhn check digit: with every second digit from the right
    /// doubled (starting with the last of `digits`), the sum including the check digit is a
    /// multiple of ten.
    private static func withCheckDigit(_ digits: String) -> String {
        var sum = 0
        for (offset, byte) in digits.utf8.reversed().enumerated() {
            let value = Int(byte) - 48
            let term = offset % 2 == 0 ? value * 2 : value
            sum += term > 9 ? term - 9 : term
        }
        return digits + String((10 - sum % 10) % 10)
    }

    /// `count` random decimal digits.
    private static func randomDigits(_ count: Int, using random: inout SplitMix64) -> String {
        String((0..<max(count, 0)).map { _ in Character(String(random.int(below: 10))) })
    }
}
