extension CurlHTTPClient {
    /// Sends `request` with `form` as its `multipart/form-data` body (the request's own body is
    /// ignored; its method is POST unless it says otherwise) and returns the final response,
    /// whatever its status. Files of the form are read while they are sent. Throws as
    /// `execute(_:responseBody:)` does, and a `CurlError` when a file of the form cannot be read.
    package func execute(
        _ request: HTTPRequest, form: MultipartForm, responseBody destination: HTTPResponseBodyDestination = .memory
    ) async throws -> HTTPResponse {
        var request = request
        request.body = .empty
        return try await execute(request, form: Optional(form), responseBody: destination)
    }
}
