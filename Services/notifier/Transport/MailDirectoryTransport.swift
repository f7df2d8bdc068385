import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The development transport (`SMTP_URL` empty): each message is written to `MAIL_DIR` as
/// `<Message-ID>.eml`, through a temporary file renamed into place, so that a reader never sees
/// half a message and a message written twice replaces itself.
struct MailDirectoryTransport: MailTransport {
    /// The folder, created when missing.
    let directory: URL

    func deliver(_ mail: OutgoingMail) async throws {
        let name = Self.fileName(messageID: mail.messageID)
        let target = directory.appendingPathComponent(name)
        let temporary = directory.appendingPathComponent(".\(name).\(UUID().uuidString).tmp")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try mail.mimeText().write(to: temporary)
            guard rename(temporary.path, target.path) == 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw MailDeliveryError.temporary("cannot write \(name) to MAIL_DIR: \(error.localizedDescription)")
        }
    }

    /// A file name from the Message-ID: letters, digits, `.`, `-` and `_` kept, the rest `_`.
    static func fileName(messageID: String) -> String {
        let safe = messageID.map { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) ? $0 : "_" }
        return String(safe) + ".eml"
    }
}
