import Foundation

/// A recipient of an export's e-mails.
package struct RecipientAddress: Sendable, Equatable, Hashable, Codable {
    /// The address, lowercased domain.
    package var email: String
    /// The display name, possibly empty.
    package var fullname: String

    /// Creates a recipient.
    package init(email: String, fullname: String = "") {
        self.email = email
        self.fullname = fullname
    }
}
