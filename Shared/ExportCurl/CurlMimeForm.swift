import CCurl

/// Owns the libcurl MIME structure of one multipart request (curl's mime API) and frees it.
/// It must outlive the transfer: the easy handle that sends it keeps it (`CurlEasyHandle.form`).
final class CurlMimeForm {
    private let mime: OpaquePointer

    /// Builds the MIME structure of `form` for `handle` and sets it as the handle's POST body.
    init(_ form: MultipartForm, on handle: CurlEasyHandle) throws {
        guard let mime = curl_mime_init(handle.handle) else {
            throw CurlError(code: .failedInit, detail: "curl_mime_init returned no structure")
        }
        self.mime = mime
        for part in form.parts {
            guard let mimePart = curl_mime_addpart(mime) else {
                throw CurlError(code: .failedInit, detail: "curl_mime_addpart returned no part")
            }
            try Self.check(curl_mime_name(mimePart, part.name), "name of \(part.name)")
            switch part.content {
            case .text(let value):
                try Self.check(curl_mime_data(mimePart, value, value.utf8.count), "data of \(part.name)")
            case .file(let path, let fileName, let contentType):
                try Self.check(curl_mime_filedata(mimePart, path), "file of \(part.name)")
                try Self.check(curl_mime_filename(mimePart, fileName), "file name of \(part.name)")
                try Self.check(curl_mime_type(mimePart, contentType), "type of \(part.name)")
            }
        }
        // A POST configured as an upload of an empty body must stop being one: the form is the body.
        try handle.set(CURLOPT_UPLOAD, 0)
        try handle.set(CURLOPT_MIMEPOST, pointer: UnsafeMutableRawPointer(mime))
    }

    deinit {
        curl_mime_free(mime)
    }

    /// Throws a `CurlError` naming `what` unless `result` is `CURLE_OK`.
    private static func check(_ result: CURLcode, _ what: String) throws {
        guard result != CURLE_OK else { return }
        throw CurlError(
            code: CurlError.Code(rawValue: Int(result.rawValue)),
            detail: "multipart \(what): \(String(cString: curl_easy_strerror(result)))")
    }
}
