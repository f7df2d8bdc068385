import ExportCrypto
import ExportStorage
import Foundation
import Testing

/// The signer against fixed vectors. The expected strings were computed once with botocore
/// 1.43.11 (`botocore.auth.S3SigV4Auth` and `S3SigV4QueryAuth`, with `datetime` patched to
/// 2025-01-15T10:30:00Z) from the same requests, credentials and region, and pasted here.
@Suite struct StorageSigV4SignerTests {
    /// The example key pair of the AWS documentation.
    let signer = SigV4Signer(
        credentials: S3Credentials(
            accessKeyID: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
        region: "us-east-1"
    )
    /// 2025-01-15T10:30:00Z.
    let date = Date(timeIntervalSince1970: 1_736_937_000)

    @Test func derivesTheSigningKeyOfTheAWSDocumentationExample() {
        let iam = SigV4Signer(credentials: signer.credentials, region: "us-east-1", service: "iam")
        #expect(
            Hex.encode(iam.signingKey(day: "20150830"))
                == "c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9")
    }

    @Test func formatsTheSigningTimeInUTC() {
        let timestamp = SigV4Timestamp(date)
        #expect(timestamp.basic == "20250115T103000Z")
        #expect(timestamp.day == "20250115")
    }

    @Test func signsAGetWithAQueryLikeBotocore() {
        let request = SigV4Request(
            method: "GET", host: "127.0.0.1:5000", encodedPath: "/rpc-export",
            query: [
                QueryParameter("list-type", "2"), QueryParameter("prefix", "exports/a b~c"),
                QueryParameter("max-keys", "2"),
            ],
            payloadHash: SigV4Signer.emptyPayloadHash
        )
        let headers = signer.signedHeaders(for: request, at: date)
        var dated = request
        dated.headers = ["x-amz-date": "20250115T103000Z", "x-amz-content-sha256": SigV4Signer.emptyPayloadHash]
        let canonical = signer.canonicalRequest(dated)

        #expect(
            canonical == """
                GET
                /rpc-export
                list-type=2&max-keys=2&prefix=exports%2Fa%20b~c
                host:127.0.0.1:5000
                x-amz-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                x-amz-date:20250115T103000Z

                host;x-amz-content-sha256;x-amz-date
                e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                """)
        #expect(
            signer.stringToSign(canonicalRequest: canonical, at: SigV4Timestamp(date)) == """
                AWS4-HMAC-SHA256
                20250115T103000Z
                20250115/us-east-1/s3/aws4_request
                5d375739f5b7aac75700bbcc40c69adb1581e42ebc37188eb271754126d80a6e
                """)
        #expect(
            headers["authorization"] == """
                AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20250115/us-east-1/s3/aws4_request, \
                SignedHeaders=host;x-amz-content-sha256;x-amz-date, \
                Signature=b7aedb8413b392b92337fc11fafe0fc4404192eeae353f7457717da2f3d21158
                """)
        #expect(headers["host"] == "127.0.0.1:5000")
        #expect(headers["x-amz-date"] == "20250115T103000Z")
        #expect(headers["x-amz-content-sha256"] == SigV4Signer.emptyPayloadHash)
    }

    @Test func signsAPutWithItsPayloadHashAndContentTypeLikeBotocore() {
        let body = Hex.encode(SHA256.hash(utf8: "hello world"))
        let request = SigV4Request(
            method: "PUT", host: "127.0.0.1:5000",
            encodedPath: SigV4Encoding.encodePath("/rpc-export/exports/1b4e28ba/rpc export~1.zip"),
            headers: ["Content-Type": "application/zip"], payloadHash: body
        )
        let headers = signer.signedHeaders(for: request, at: date)

        #expect(request.encodedPath == "/rpc-export/exports/1b4e28ba/rpc%20export~1.zip")
        #expect(
            headers["authorization"] == """
                AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20250115/us-east-1/s3/aws4_request, \
                SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date, \
                Signature=0addc6b844da7297437614bf3c9a29d800604b2bfe0eaa043b4a2bb450d6f60b
                """)
        #expect(headers["content-type"] == "application/zip")
        #expect(headers["x-amz-content-sha256"] == "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9")
    }

    @Test func presignsAGetLikeBotocore() {
        let request = SigV4Request(
            method: "GET", host: "localhost:9000",
            encodedPath: SigV4Encoding.encodePath("/rpc-export/exports/1b4e28ba/file one.zip"),
            payloadHash: SigV4Signer.unsignedPayload
        )
        let query = signer.presignedQuery(for: request, at: date, validFor: 300)

        #expect(
            query == """
                X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20250115%2Fus-east-1%2Fs3%2Faws4_request\
                &X-Amz-Date=20250115T103000Z&X-Amz-Expires=300&X-Amz-SignedHeaders=host\
                &X-Amz-Signature=86c172123cf4b8f8891cff3a0241860c99033781448a17121bda3dd03b92ed5a
                """)
    }

    @Test func changesTheSignatureWhenTheSecretChanges() {
        let other = SigV4Signer(
            credentials: S3Credentials(accessKeyID: "AKIDEXAMPLE", secretAccessKey: "another-secret"),
            region: "us-east-1"
        )
        let request = SigV4Request(method: "GET", host: "h", encodedPath: "/b/k", payloadHash: "UNSIGNED-PAYLOAD")
        let mine = signer.signedHeaders(for: request, at: date)["authorization"]
        let theirs = other.signedHeaders(for: request, at: date)["authorization"]
        #expect(mine != theirs)
    }
}
