package import Foundation

extension SigV4Signer {
    /// The longest validity S3 accepts for a presigned URL: seven days.
    package static let maximumPresignedValidity = 604_800

    /// The query string of a presigned `request` valid `seconds` seconds from `date`: the
    /// request's own query plus the `X-Amz-*` authentication parameters, sorted, with
    /// `X-Amz-Signature` last. Only the `host` header is signed and the payload is
    /// `UNSIGNED-PAYLOAD`, so that any client can fetch the URL as it is.
    package func presignedQuery(for request: SigV4Request, at date: Date, validFor seconds: Int) -> String {
        precondition((1...Self.maximumPresignedValidity).contains(seconds), "a presigned URL lives 1 s to 7 days")
        let timestamp = SigV4Timestamp(date)
        var presigned = request
        presigned.query += [
            QueryParameter("X-Amz-Algorithm", Self.algorithm),
            QueryParameter("X-Amz-Credential", "\(credentials.accessKeyID)/\(scope(timestamp))"),
            QueryParameter("X-Amz-Date", timestamp.basic),
            QueryParameter("X-Amz-Expires", String(seconds)),
            QueryParameter("X-Amz-SignedHeaders", "host"),
        ]
        presigned.headers = [:]
        presigned.payloadHash = Self.unsignedPayload
        let signature = signature(of: canonicalRequest(presigned), at: timestamp)
        return SigV4Encoding.canonicalQuery(presigned.query) + "&X-Amz-Signature=" + signature
    }
}
