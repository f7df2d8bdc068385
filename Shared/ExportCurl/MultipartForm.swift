/// A `multipart/form-data` request body (RFC 7578), sent by `CurlHTTPClient.execute(_:form:)`:
/// files are streamed from disk while they are sent, never loaded into memory.
public struct MultipartForm: Sendable {
    /// One field of the form.
    public struct Part: Sendable {
        /// What a part holds.
        public enum Content: Sendable {
            /// A text value.
            case text(String)
            /// The file at `path`, announced as `fileName` of type `contentType`.
            case file(path: String, fileName: String, contentType: String)
        }

        /// The field's name.
        public var name: String
        /// Its value.
        public var content: Content

        /// Creates a part.
        public init(name: String, content: Content) {
            self.name = name
            self.content = content
        }
    }

    /// The fields, in order.
    public var parts: [Part]

    /// Creates a form.
    public init(parts: [Part]) {
        self.parts = parts
    }

    /// A form with a single file field.
    public static func file(field: String, path: String, fileName: String, contentType: String) -> MultipartForm {
        MultipartForm(parts: [
            Part(name: field, content: .file(path: path, fileName: fileName, contentType: contentType))
        ])
    }
}
