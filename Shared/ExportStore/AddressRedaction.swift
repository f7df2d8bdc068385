import Foundation

/// Removes e-mail addresses from texts that are stored or logged (SMTP replies echo the
/// recipient), as docs/emails.md §10 says.
package enum AddressRedaction {
    /// Anything shaped like `local@domain`, with or without angle brackets.
    private static let pattern = try! NSRegularExpression(pattern: #"[^\s<>"'(),;:]+@[^\s<>"'(),;:]+"#)

    /// `text` with every address replaced by `[adresse masquée]`.
    package static func redact(_ text: String) -> String {
        let range = NSRange(text.startIndex..., in: text)
        return pattern.stringByReplacingMatches(in: text, range: range, withTemplate: "[adresse masquée]")
    }
}
