import ExportStore
import Hummingbird

/// The paging parameters of `GET /v1/exports` and `GET /v1/exports/{uuid}/logs` (docs/api.md
/// §10): `limit` (1–200, default 50) and the opaque `cursor` of the previous page.
struct PageQuery: Equatable {
    /// Rows per page.
    var limit: Int
    /// Where the page starts; nil for the first.
    var cursor: ExportCursor?

    /// Reads `limit` and `cursor` of `parameters`, refusing any parameter outside `known` (which
    /// includes them); throws a 400 naming the parameter at fault.
    init(_ parameters: Parameters, known: Set<Substring> = ["limit", "cursor"]) throws {
        if let unknown = parameters.first(where: { !known.contains($0.key) }) {
            throw APIError.validation(field: String(unknown.key), "paramètre inconnu")
        }
        limit =
            try parameters.get("limit").map {
                guard let limit = Int($0), (1...200).contains(limit) else {
                    throw APIError.validation(field: "limit", "doit être un entier entre 1 et 200")
                }
                return limit
            } ?? 50
        cursor = try parameters.get("cursor").map {
            guard Self.hasTheCursorShape($0), let cursor = ExportCursor(text: $0) else {
                throw APIError.validation(field: "cursor", "curseur invalide")
            }
            return cursor
        }
    }

    /// True when `text` is what `next_cursor` gives, as the OpenAPI document's pattern says:
    /// 1 to 18 digits, `-`, 1 to 18 digits not starting with 0.
    static func hasTheCursorShape(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { (1...18).contains($0.count) && $0.allSatisfy(\.isASCIIDigit) }
            && parts[1].first != "0"
    }
}

extension Character {
    /// True for `0`…`9`.
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
