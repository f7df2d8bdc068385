/// The body of `POST /v1/exports/{uuid}/send`.
struct SendBody: Codable, Sendable, Equatable {
    var recipients: [String]?
    var message: String?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case recipients, message
    }
}
