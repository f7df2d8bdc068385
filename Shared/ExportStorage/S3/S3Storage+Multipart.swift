import ExportCrypto
import ExportCurl
import ExportLogging
import Foundation
import Logging

extension S3Storage {
    /// Sends `size` bytes of the file in parts of `partSize`, each with its own SHA-256, then
    /// completes the upload; any failure (or cancellation) aborts the upload so that S3 frees
    /// the parts already stored.
    func putInParts(fileAt path: String, size: Int64, key: String, contentType: String) async throws {
        let created = try await send(
            S3Call(method: .post, key: key, query: [QueryParameter("uploads")], headers: ["content-type": contentType])
        )
        let upload = MultipartUpload(key: key, uploadID: try S3Responses.uploadID(created.body), initiated: Date())
        do {
            var etags: [String] = []
            for offset in stride(from: Int64(0), to: size, by: Int(configuration.partSize)) {
                let length = min(configuration.partSize, size - offset)
                let hash = try await BlockingFileIO.sha256(ofFileAt: path, offset: offset, length: length)
                let response = try await send(
                    S3Call(
                        method: .put, key: key, query: partQuery(upload, number: etags.count + 1),
                        body: .file(path: path, offset: offset, length: length), payloadHash: hash
                    )
                )
                guard let etag = response.headers["ETag"] else {
                    let message = "part \(etags.count + 1) without ETag"
                    throw StorageError(code: .malformedResponse, key: key, message: message)
                }
                etags.append(etag)
            }
            try await complete(upload, etags: etags)
        } catch {
            await abort(upload, after: error)
            throw error
        }
    }

    /// Uploads under `prefix` that were begun and neither completed nor aborted, following
    /// ListMultipartUploads' markers.
    package func listMultipartUploads(prefix: String) async throws -> [MultipartUpload] {
        try StorageKey.validate(prefix: prefix)
        var uploads: [MultipartUpload] = []
        var marker: S3Responses.UploadMarker?
        repeat {
            var query = [
                QueryParameter("uploads"), QueryParameter("prefix", prefix),
                QueryParameter("max-uploads", String(configuration.listPageSize)),
            ]
            if let marker {
                query += [
                    QueryParameter("key-marker", marker.key), QueryParameter("upload-id-marker", marker.uploadID),
                ]
            }
            let page = try S3Responses.uploadPage(try await send(S3Call(method: .get, query: query)).body)
            uploads += page.uploads
            marker = page.next
        } while marker != nil
        return uploads
    }

    package func abortMultipartUpload(_ upload: MultipartUpload) async throws {
        try StorageKey.validate(upload.key)
        do {
            let query = [QueryParameter("uploadId", upload.uploadID)]
            _ = try await send(S3Call(method: .delete, key: upload.key, query: query, isCancellable: false))
        } catch let error as StorageError where error.code == .noSuchUpload {
            return
        }
    }

    /// Sends CompleteMultipartUpload, which S3 may refuse in a 200 answer holding an `<Error>`
    /// (tried again like any answer when the error is transient).
    private func complete(_ upload: MultipartUpload, etags: [String]) async throws {
        let parts = etags.enumerated().map { index, etag in
            "<Part><PartNumber>\(index + 1)</PartNumber><ETag>\(etag.xmlEscaped)</ETag></Part>"
        }
        let document = Data(
            ("<CompleteMultipartUpload xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">" + parts.joined()
                + "</CompleteMultipartUpload>").utf8
        )
        let call = S3Call(
            method: .post, key: upload.key, query: [QueryParameter("uploadId", upload.uploadID)],
            headers: ["content-type": "application/xml"], body: .data(document),
            payloadHash: Hex.encode(SHA256.hash(document))
        )
        try await withRetries(call) {
            let response = try await sendOnce(call)
            if S3Responses.error(response.body) != nil {
                throw StorageError(s3Response: response, key: upload.key)
            }
        }
    }

    /// Aborts `upload` after `failure`, even while the task is being cancelled; an abort that
    /// fails too is logged, and the janitor removes the upload later.
    private func abort(_ upload: MultipartUpload, after failure: any Error) async {
        do {
            try await abortMultipartUpload(upload)
        } catch {
            logger.warning(
                "Could not abort a failed multipart upload",
                metadata: .fields([.storageKey: upload.key, .cause: failure, .error: error])
            )
        }
    }

    private func partQuery(_ upload: MultipartUpload, number: Int) -> [QueryParameter] {
        [QueryParameter("partNumber", String(number)), QueryParameter("uploadId", upload.uploadID)]
    }
}

extension String {
    /// The text with `&`, `<` and `>` escaped for an XML element.
    fileprivate var xmlEscaped: String {
        replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
