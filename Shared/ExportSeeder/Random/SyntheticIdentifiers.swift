/// Identifiers that look like the ones operators send (UUIDs, SHA-256 identity keys) but are
/// derived from counters through `SplitMix64.mix`, a bijection: distinct counters give distinct
/// identifiers without any set of used values to remember. The salt is scrambled before it meets
/// the counter, so that small counters under two salts never give the same identifier.
enum SyntheticIdentifiers {
    /// A version-4-shaped UUID, unique for each distinct `number` within one `salt`.
    static func uuid(_ number: UInt64, salt: UInt64) -> String {
        let high = SplitMix64.mix(number ^ SplitMix64.mix(salt))
        let low = SplitMix64.mix(high ^ 0xA5A5_5A5A_C3C3_3C3C)
        let versioned = (high & 0xFFFF_FFFF_FFFF_0FFF) | 0x0000_0000_0000_4000
        let variant = (low & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000
        let digits = hex(versioned, width: 16) + hex(variant, width: 16)
        var text = ""
        text.reserveCapacity(36)
        for (offset, character) in digits.enumerated() {
            if offset == 8 || offset == 12 || offset == 16 || offset == 20 { text.append("-") }
            text.append(character)
        }
        return text
    }

    /// A 64-hex-digit key shaped like the registry's identity keys (a SHA-256 of a person's
    /// details), unique for each distinct `person` within one `salt`.
    static func identityKey(person: UInt64, salt: UInt64) -> String {
        var word = SplitMix64.mix(person ^ SplitMix64.mix(salt))
        var text = hex(word, width: 16)
        for _ in 0..<3 {
            word = SplitMix64.mix(word)
            text += hex(word, width: 16)
        }
        return text
    }

    /// `value` in lowercase hexadecimal, left-padded with zeros to `width` digits.
    static func hex(_ value: UInt64, width: Int) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(width - digits.count, 0)) + digits
    }
}
