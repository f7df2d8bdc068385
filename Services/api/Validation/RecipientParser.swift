import ExportModels
import Foundation

/// Reads recipients written `Name <email>` or `email` (docs/validation.md §7): RFC 5321 length limits, one
/// `@`, a domain with a dot, no spaces or control characters; the domain is lowercased.
enum RecipientParser {
    /// The recipient in `text`, or nil when it is not a valid address.
    static func parse(_ text: String) -> RecipientAddress? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return nil }
        var name = ""
        var address = trimmed
        if trimmed.hasSuffix(">"), let open = trimmed.lastIndex(of: "<") {
            name = String(trimmed[..<open]).trimmingCharacters(in: .whitespaces)
            if name.count >= 2, name.hasPrefix("\""), name.hasSuffix("\"") {
                name = String(name.dropFirst().dropLast())
            }
            address = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
        }
        guard let email = normalisedEmail(address), name.count <= 200, !name.contains(where: { "<>\"".contains($0) })
        else { return nil }
        return RecipientAddress(email: email, fullname: name)
    }

    /// `address` with its domain lowercased, or nil when it is not a valid address.
    static func normalisedEmail(_ address: String) -> String? {
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, address.utf8.count <= 254 else { return nil }
        let local = parts[0]
        let domain = parts[1].lowercased()
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...64).contains(local.utf8.count), domain.utf8.count <= 253, labels.count >= 2,
            labels.allSatisfy({ (1...63).contains($0.utf8.count) && $0.allSatisfy(isDomainCharacter) }),
            !local.hasPrefix("."), !local.hasSuffix("."), !local.contains(".."), local.allSatisfy(isLocalCharacter)
        else { return nil }
        return "\(local)@\(domain)"
    }

    private static func isDomainCharacter(_ character: Character) -> Bool {
        character == "-" || (character.isASCII && (character.isLetter || character.isNumber))
    }

    /// The characters of an unquoted local part (RFC 5322 `atext` and dots).
    private static func isLocalCharacter(_ character: Character) -> Bool {
        (character.isASCII && (character.isLetter || character.isNumber)) || "!#$%&*+-/=?^_`{|}~.".contains(character)
    }
}
