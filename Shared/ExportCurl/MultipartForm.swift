/// A `multipart/form-data` request body (RFC 7578), sent by `CurlHTTPClient.execute(_:form:)`:
/// files are streamed from disk while they are sent, never loaded into memory.
package struct MultipartForm: Sendable {
    /// One field of the form.
    package struct Part: Sendable {
        /// What a part holds.
        package enum Content: Sendable {
            /// A text value.
            case text(String)
            /// The file at `path`, announced as `fileName` of type `contentType`.
            case file(path: String, fileName: String, contentType: String)
        }

        /// The field's name.
        package var name: String
        /// Its value.
        package var content: Content

        /// Creates a part.
        package init(name: String, content: Content) {
            self.name = name
            self.content = content
        }
    }

    /// The fields, in order.
    package var parts: [Part]

    /// Creates a form.
    package init(parts: [Part]) {
        self.parts = parts
    }

    /// A form with a single file field.
    package static func file(field: String, path: String, fileName: String, contentType: String) -> MultipartForm {
        MultipartForm(parts: [
            Part(name: field, content: .file(path: path, fileName: fileName, contentType: contentType))
        ])
    }
}
