import ExportCrypto
import ExportCurl
package import Foundation

extension S3Storage {
    /// Sends a file up to `multipartThreshold` in one signed `PUT` (with its real SHA-256, so
    /// that S3 checks what it received), a larger one as a multipart upload.
    package func put(fileAt path: String, key: String, contentType: String) async throws {
        try StorageKey.validate(key)
        let size = try await BlockingFileIO.size(ofFileAt: path)
        guard size <= configuration.multipartThreshold else {
            return try await putInParts(fileAt: path, size: size, key: key, contentType: contentType)
        }
        let hash = try await BlockingFileIO.sha256(ofFileAt: path, offset: 0, length: size)
        let body = HTTPRequestBody.file(path: path, offset: 0, length: size)
        try await putObject(key: key, contentType: contentType, body: body, hash: hash)
    }

    package func put(_ data: Data, key: String, contentType: String) async throws {
        try StorageKey.validate(key)
        try await putObject(key: key, contentType: contentType, body: .data(data), hash: Hex.encode(SHA256.hash(data)))
    }

    package func get(key: String) async throws -> Data {
        try StorageKey.validate(key)
        return try await send(S3Call(method: .get, key: key)).body
    }

    package func download(key: String, toFileAt path: String) async throws {
        try StorageKey.validate(key)
        _ = try await send(S3Call(method: .get, key: key), responseBody: .file(path: path))
    }

    package func head(key: String) async throws -> ObjectMetadata? {
        try StorageKey.validate(key)
        let response: HTTPResponse
        do {
            response = try await send(S3Call(method: .head, key: key))
        } catch let error as StorageError where error.status == 404 {
            return nil
        }
        guard let size = response.headers["Content-Length"].flatMap({ Int64($0) }),
            let etag = response.headers["ETag"],
            let lastModified = response.headers["Last-Modified"].flatMap(HTTPDate.parse)
        else {
            let message = "HEAD without size, ETag or date"
            throw StorageError(code: .malformedResponse, key: key, status: response.status, message: message)
        }
        return ObjectMetadata(size: size, etag: etag.trimmingCharacters(in: ["\""]), lastModified: lastModified)
    }

    /// S3 answers 204 whether or not the key existed.
    package func delete(key: String) async throws {
        try StorageKey.validate(key)
        _ = try await send(S3Call(method: .delete, key: key))
    }

    /// Follows ListObjectsV2's continuation tokens, `listPageSize` keys per request.
    package func list(prefix: String) async throws -> [StoredObject] {
        try StorageKey.validate(prefix: prefix)
        var objects: [StoredObject] = []
        var continuation: String?
        repeat {
            var query = [
                QueryParameter("list-type", "2"), QueryParameter("prefix", prefix),
                QueryParameter("max-keys", String(configuration.listPageSize)),
            ]
            if let continuation { query.append(QueryParameter("continuation-token", continuation)) }
            let page = try S3Responses.objectPage(try await send(S3Call(method: .get, query: query)).body)
            objects += page.objects
            continuation = page.nextToken
        } while continuation != nil
        return objects
    }

    /// One `PUT` of `body`, whose SHA-256 is `hash`.
    private func putObject(key: String, contentType: String, body: HTTPRequestBody, hash: String) async throws {
        let headers = ["content-type": contentType]
        _ = try await send(S3Call(method: .put, key: key, headers: headers, body: body, payloadHash: hash))
    }

    /// A presigned `GET` on `S3_PUBLIC_ENDPOINT`, computed locally without a request.
    package func downloadLocation(key: String, validFor validity: Duration) async throws -> DownloadLocation {
        try StorageKey.validate(key)
        let publicEndpoint = S3Endpoint(configuration.publicEndpoint)
        let path = publicEndpoint.encodedPath(bucket: configuration.bucket, key: key)
        let request = SigV4Request(
            method: "GET", host: publicEndpoint.host, encodedPath: path, payloadHash: SigV4Signer.unsignedPayload
        )
        let query = signer.presignedQuery(for: request, at: Date(), validFor: Int(validity.components.seconds))
        return .url(try publicEndpoint.url(encodedPath: path, query: query))
    }
}
