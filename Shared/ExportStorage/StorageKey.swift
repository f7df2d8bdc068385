/// The rules every key and listing prefix follow in both stores, so that a key means the same
/// file in S3 and under `STORAGE_DIR`, and no key can leave the storage folder.
enum StorageKey {
    /// The longest key S3 accepts, in UTF-8 bytes.
    static let maximumLength = 1024

    /// Throws `invalidKey` unless `key` is a `/`-separated path of non-empty segments, none
    /// starting with a dot (which excludes `.`, `..` and the local store's in-progress files),
    /// without a leading `/`, backslash or control character, of at most 1024 bytes.
    static func validate(_ key: String) throws {
        if let problem = problem(in: key) {
            throw StorageError(code: .invalidKey, key: key, message: problem)
        }
    }

    /// Throws `invalidKey` unless `prefix` is empty or the beginning of a valid key (it may end
    /// with `/` or in the middle of a segment).
    static func validate(prefix: String) throws {
        if !prefix.isEmpty, let problem = problem(in: prefix + "x") {
            throw StorageError(code: .invalidKey, key: prefix, message: "prefix: \(problem)")
        }
    }

    private static func problem(in key: String) -> String? {
        if key.isEmpty { return "a key cannot be empty" }
        if key.utf8.count > maximumLength { return "a key is at most \(maximumLength) bytes" }
        if key.hasPrefix("/") { return "a key cannot be an absolute path" }
        if key.contains("\\") { return "a key cannot contain a backslash" }
        if key.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            return "a key cannot contain control characters"
        }
        for segment in key.split(separator: "/", omittingEmptySubsequences: false) {
            if segment.isEmpty { return "a key cannot contain an empty segment" }
            if segment.hasPrefix(".") { return "a key segment cannot start with a dot" }
        }
        return nil
    }
}
