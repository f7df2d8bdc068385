import Foundation

/// The parts of S3's XML answers that the storage reads.
enum S3Responses {
    /// Where the next page of ListMultipartUploads starts.
    typealias UploadMarker = (key: String, uploadID: String)

    /// One page of ListObjectsV2 and the token of the next, nil on the last page.
    static func objectPage(_ document: Data) throws -> (objects: [StoredObject], nextToken: String?) {
        let root = try parse(document, expecting: "ListBucketResult")
        let objects = try root.children(named: "Contents").map { entry in
            StoredObject(
                key: try required(entry, "Key"),
                size: try number(entry, "Size"),
                lastModified: try isoDate(try required(entry, "LastModified"))
            )
        }
        return (objects, root.text(of: "IsTruncated") == "true" ? try required(root, "NextContinuationToken") : nil)
    }

    /// One page of ListMultipartUploads and the markers of the next, nil on the last page.
    static func uploadPage(_ document: Data) throws -> (uploads: [MultipartUpload], next: UploadMarker?) {
        let root = try parse(document, expecting: "ListMultipartUploadsResult")
        let uploads = try root.children(named: "Upload").map { entry in
            MultipartUpload(
                key: try required(entry, "Key"),
                uploadID: try required(entry, "UploadId"),
                initiated: try isoDate(try required(entry, "Initiated"))
            )
        }
        guard root.text(of: "IsTruncated") == "true" else { return (uploads, nil) }
        return (uploads, (try required(root, "NextKeyMarker"), try required(root, "NextUploadIdMarker")))
    }

    /// The upload identifier of InitiateMultipartUploadResult.
    static func uploadID(_ document: Data) throws -> String {
        try required(try parse(document, expecting: "InitiateMultipartUploadResult"), "UploadId")
    }

    /// The code and message of an `<Error>` document, nil when `document` is not one.
    static func error(_ document: Data) -> (code: String, message: String)? {
        guard let root = XMLElementTree.parse(document), root.name == "Error", let code = root.text(of: "Code") else {
            return nil
        }
        return (code, root.text(of: "Message") ?? "")
    }

    private static func parse(_ document: Data, expecting name: String) throws -> XMLElementTree {
        guard let root = XMLElementTree.parse(document), root.name == name else {
            throw malformed("expected a \(name) document")
        }
        return root
    }

    private static func required(_ element: XMLElementTree, _ name: String) throws -> String {
        guard let text = element.text(of: name) else { throw malformed("\(element.name) without \(name)") }
        return text
    }

    private static func number(_ element: XMLElementTree, _ name: String) throws -> Int64 {
        guard let value = Int64(try required(element, name)) else { throw malformed("\(name) is not a number") }
        return value
    }

    /// Parses `2025-01-15T10:30:00.000Z` (S3 writes milliseconds; some servers omit them).
    private static func isoDate(_ text: String) throws -> Date {
        let withFraction = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
        guard let date = (try? withFraction.parse(text)) ?? (try? Date.ISO8601FormatStyle().parse(text)) else {
            throw malformed("\(text) is not an ISO 8601 date")
        }
        return date
    }

    private static func malformed(_ message: String) -> StorageError {
        StorageError(code: .malformedResponse, key: nil, message: message)
    }
}
