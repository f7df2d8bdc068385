import Foundation

/// The user name and password of SMTP AUTH.
package struct SMTPCredentials: Sendable {
    package var username: String
    package var password: String

    package init(username: String, password: String) {
        self.username = username
        self.password = password
    }
}
