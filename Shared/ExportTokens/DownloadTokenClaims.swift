import Foundation
import JWTKit

/// The claims of an e-mail download link (docs/emails.md §7): `typ: "download"`, the export's uuid,
/// the recipient's id and `exp` = the export's expiry.
struct DownloadTokenClaims: JWTPayload, Equatable {
    /// The only accepted value of `typ`.
    static let type = "download"

    var typ: String
    var export: String
    var recipient: Int64
    var exp: ExpirationClaim

    /// Nothing to check without the clock's leeway; see `DownloadTokens`.
    func verify(using algorithm: some JWTAlgorithm) async throws {}
}
