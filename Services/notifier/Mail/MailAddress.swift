import Foundation

/// An e-mail address with an optional display name, as written in `From` and `To` headers and
/// as read from `MAIL_FROM` (`Name <address>` or a bare address).
struct MailAddress: Sendable, Equatable {
    /// The bare address, `local@domain`.
    var address: String
    /// The display name, possibly empty.
    var name: String

    /// Creates an address; nil when `address` is not usable in a header or an SMTP envelope
    /// (no `@`, spaces, angle brackets or line breaks).
    init?(address: String, name: String = "") {
        let forbidden: Set<Character> = ["<", ">", " ", "\t", "\r", "\n", "\r\n", ",", ";", "\""]
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty, !address.contains(where: forbidden.contains)
        else { return nil }
        self.address = address
        self.name = name
    }

    /// Parses `Name <address>` or `address`; nil when it is neither.
    init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let open = trimmed.lastIndex(of: "<"), trimmed.hasSuffix(">") {
            let address = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
            var name = trimmed[..<open].trimmingCharacters(in: .whitespaces)
            if name.hasPrefix("\""), name.hasSuffix("\""), name.count >= 2 {
                name = String(name.dropFirst().dropLast())
            }
            self.init(address: address, name: name)
        } else {
            self.init(address: trimmed)
        }
    }

    /// The domain part, for Message-IDs.
    var domain: String { String(address.split(separator: "@").last ?? "localhost") }

    /// The header form: `"Name" <address>`, `=?UTF-8?B?…?= <address>` or `address`.
    var header: String {
        name.isEmpty ? address : "\(EncodedWord.displayName(name)) <\(address)>"
    }
}
