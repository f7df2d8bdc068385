import ExportLogging
import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// The rule of request identifiers.
enum RequestID {
    /// The characters a caller's identifier may use.
    private static let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._:~+/=")

    /// The identifier of a request whose `X-Request-Id` is `sent`.
    static func identifier(sent: String?) -> String {
        if let sent, (1...128).contains(sent.count), sent.allSatisfy(allowed.contains) { return sent }
        return UUID().uuidString.lowercased()
    }
}
