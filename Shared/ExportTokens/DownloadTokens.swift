public import Foundation
import JWTKit

/// Signs and checks the tokens of e-mail download links (docs/emails.md §7) with a key derived from
/// `JWT_SECRET`, so that a download token is never a bearer token and the reverse. The notifier
/// signs them into its e-mails; the API checks them on `GET /v1/exports/{uuid}/download`.
public struct DownloadTokens: Sendable {
    /// What a valid download token grants.
    public struct Grant: Equatable, Sendable {
        /// The export it opens.
        public var exportUUID: UUID
        /// The recipient it was sent to.
        public var recipientID: Int64
        /// The token's own expiry.
        public var expiresAt: Date
    }

    private let keys: JWTKeyCollection

    /// Creates the signer with the key derived from `secret` (`JWT_SECRET`).
    public init(secret: JWTSecret) async {
        keys = await JWTKeyCollection().add(hmac: HMACKey(from: secret.downloadKey), digestAlgorithm: .sha256)
    }

    /// A token for `recipientID` of the export `exportUUID`, valid until `expiresAt`.
    public func sign(exportUUID: UUID, recipientID: Int64, expiresAt: Date) async throws -> String {
        try await keys.sign(
            DownloadTokenClaims(
                typ: DownloadTokenClaims.type, export: exportUUID.uuidString.lowercased(), recipient: recipientID,
                exp: ExpirationClaim(value: expiresAt)))
    }

    /// What `token` grants; nil when it is forged, not a download token or not HS256. Its own
    /// expiry is returned, not checked: an expired export answers 410 whatever the token says.
    public func grant(of token: String) async -> Grant? {
        guard AlgorithmPin.isHS256(token),
            let claims = try? await keys.verify(token, as: DownloadTokenClaims.self),
            claims.typ == DownloadTokenClaims.type, let uuid = UUID(uuidString: claims.export)
        else { return nil }
        return Grant(exportUUID: uuid, recipientID: claims.recipient, expiresAt: claims.exp.value)
    }
}
