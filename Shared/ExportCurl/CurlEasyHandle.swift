import CCurl

/// The result of `curl_global_init`, which must run once per process before any handle exists.
/// Swift initialises a global constant lazily, exactly once and thread-safely.
private let globalInitialization = curl_global_init(Int(CURL_GLOBAL_DEFAULT)).rawValue

/// Owns one libcurl easy handle, the header list and the error buffer it points to, and frees
/// them together. A handle is not thread-safe: it is used by one thread at a time.
final class CurlEasyHandle {
    /// The libcurl handle, for the wrappers of this module that need it (the MIME form).
    let handle: UnsafeMutableRawPointer
    private let errorBuffer: UnsafeMutablePointer<CChar>
    private var headerList: UnsafeMutablePointer<curl_slist>?
    private var otherLists: [UnsafeMutablePointer<curl_slist>] = []
    /// The multipart body of the request, kept alive as long as the handle (freed after it).
    var form: CurlMimeForm?

    /// Creates a handle that never uses signals (required when several threads run transfers)
    /// and reports its failures into its own error buffer.
    init() throws {
        guard globalInitialization == CURLE_OK.rawValue else {
            let code = CurlError.Code(rawValue: Int(globalInitialization))
            throw CurlError(code: code, detail: "curl_global_init failed")
        }
        guard let handle = curl_easy_init() else {
            throw CurlError(code: .failedInit, detail: "curl_easy_init returned no handle")
        }
        self.handle = handle
        errorBuffer = .allocate(capacity: Int(CURL_ERROR_SIZE))
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE))
        try check(ccurl_setopt_pointer(handle, CURLOPT_ERRORBUFFER, errorBuffer))
        try set(CURLOPT_NOSIGNAL, 1)
    }

    deinit {
        curl_easy_cleanup(handle)
        curl_slist_free_all(headerList)
        for list in otherLists { curl_slist_free_all(list) }
        errorBuffer.deallocate()
    }

    /// Sets an option that takes a `long`.
    func set(_ option: CURLoption, _ value: Int) throws {
        try check(ccurl_setopt_long(handle, option, value))
    }

    /// Sets an option that takes a string; libcurl keeps its own copy.
    func set(_ option: CURLoption, _ value: String) throws {
        try check(ccurl_setopt_string(handle, option, value))
    }

    /// Sets an option that takes a `curl_off_t` (sizes of large files).
    func set(_ option: CURLoption, size: Int64) throws {
        try check(ccurl_setopt_off(handle, option, curl_off_t(size)))
    }

    /// Sets an option that takes an opaque pointer passed back to callbacks.
    func set(_ option: CURLoption, pointer: UnsafeMutableRawPointer) throws {
        try check(ccurl_setopt_pointer(handle, option, pointer))
    }

    /// Sets a read, write or header callback.
    func set(_ option: CURLoption, callback: ccurl_data_callback) throws {
        try check(ccurl_setopt_data_callback(handle, option, callback))
    }

    /// Sets the progress callback.
    func set(_ option: CURLoption, callback: ccurl_progress_callback) throws {
        try check(ccurl_setopt_progress_callback(handle, option, callback))
    }

    /// Sets the debug callback, which libcurl calls only with `CURLOPT_VERBOSE` on.
    func set(_ option: CURLoption, callback: ccurl_debug_callback) throws {
        try check(ccurl_setopt_debug_callback(handle, option, callback))
    }

    /// Replaces the request's extra header lines (`Name: value`). The list is owned by the
    /// handle until the next call or `deinit`, as libcurl reads it during the transfer.
    func setHeaderLines(_ lines: [String]) throws {
        let list = try Self.makeList(lines)
        try check(ccurl_setopt_slist(handle, CURLOPT_HTTPHEADER, list))
        curl_slist_free_all(headerList)
        headerList = list
    }

    /// Sets an option that takes a list of strings (`CURLOPT_MAIL_RCPT`); the list is owned by
    /// the handle until `deinit`.
    func set(_ option: CURLoption, list values: [String]) throws {
        let list = try Self.makeList(values)
        if let list { otherLists.append(list) }
        try check(ccurl_setopt_slist(handle, option, list))
    }

    /// A libcurl string list holding copies of `values`; nil when `values` is empty.
    private static func makeList(_ values: [String]) throws -> UnsafeMutablePointer<curl_slist>? {
        var list: UnsafeMutablePointer<curl_slist>?
        for value in values {
            guard let extended = curl_slist_append(list, value) else {
                curl_slist_free_all(list)
                throw CurlError(code: .failedInit, detail: "curl_slist_append could not allocate")
            }
            list = extended
        }
        return list
    }

    /// Runs the transfer to its end on the calling thread (blocking).
    func perform() throws {
        errorBuffer[0] = 0
        try check(curl_easy_perform(handle))
    }

    /// The status code of the last response, 0 when none was received.
    func responseCode() throws -> Int {
        var code = 0
        try check(ccurl_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &code))
        return code
    }

    /// Throws a `CurlError` unless `result` is `CURLE_OK`, with the error buffer's message when
    /// libcurl wrote one.
    private func check(_ result: CURLcode) throws {
        guard result != CURLE_OK else { return }
        let buffered = String(cString: errorBuffer)
        let detail = buffered.isEmpty ? String(cString: curl_easy_strerror(result)) : buffered
        throw CurlError(code: CurlError.Code(rawValue: Int(result.rawValue)), detail: detail)
    }
}
