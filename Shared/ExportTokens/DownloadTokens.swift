package import Foundation
import JWTKit

/// Signs and checks the tokens of e-mail download links (docs/emails.md §7) with the keys of
/// `DownloadTokenSecret`, apart from the bearer tokens' secret, so that a download token is never
/// a bearer token and the reverse, and the notifier, which signs them into its e-mails, cannot
/// mint bearer tokens. The API checks them on `GET /v1/exports/{uuid}/download`, with the
/// previous key too during a rotation.
package struct DownloadTokens: Sendable {
    /// What a valid download token grants.
    package struct Grant: Equatable, Sendable {
        /// The export it opens.
        package var exportUUID: UUID
        /// The recipient it was sent to.
        package var recipientID: Int64
        /// The token's own expiry.
        package var expiresAt: Date
    }

    /// The current key (signs and checks), then the previous one (checks only).
    private let keys: [JWTKeyCollection]

    /// Creates the signer and checker of `secret`'s keys.
    package init(secret: DownloadTokenSecret) async {
        var keys = [await JWTKeyCollection().add(hmac: HMACKey(from: secret.key), digestAlgorithm: .sha256)]
        if let previous = secret.previousKey {
            keys.append(await JWTKeyCollection().add(hmac: HMACKey(from: previous), digestAlgorithm: .sha256))
        }
        self.keys = keys
    }

    /// A token for `recipientID` of the export `exportUUID`, valid until `expiresAt`.
    package func sign(exportUUID: UUID, recipientID: Int64, expiresAt: Date) async throws -> String {
        try await keys[0].sign(
            DownloadTokenClaims(
                typ: DownloadTokenClaims.type, export: exportUUID.uuidString.lowercased(), recipient: recipientID,
                exp: ExpirationClaim(value: expiresAt)))
    }

    /// What `token` grants; nil when it is forged, not a download token or not HS256. Its own
    /// expiry is returned, not checked: an expired export answers 410 whatever the token says.
    package func grant(of token: String) async -> Grant? {
        guard AlgorithmPin.isHS256(token), let claims = await verifiedClaims(token),
            claims.typ == DownloadTokenClaims.type, let uuid = UUID(uuidString: claims.export)
        else { return nil }
        return Grant(exportUUID: uuid, recipientID: claims.recipient, expiresAt: claims.exp.value)
    }

    /// The claims of `token` if one of the keys accepts its signature.
    private func verifiedClaims(_ token: String) async -> DownloadTokenClaims? {
        for collection in keys {
            if let claims = try? await collection.verify(token, as: DownloadTokenClaims.self) { return claims }
        }
        return nil
    }
}
