/// A page of a listing as the API returns it: `{"data": [item…], "next_cursor": "…" | null}`,
/// `next_cursor` always present (docs/api.md §10).
struct JSONPage<Item: Encodable>: Encodable {
    var data: [Item]
    var nextCursor: String?

    enum CodingKeys: String, CodingKey {
        case data
        case nextCursor = "next_cursor"
    }

    /// Writes `next_cursor` as `null` on the last page, where the synthesised encoding would
    /// leave it out.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(data, forKey: .data)
        try container.encode(nextCursor, forKey: .nextCursor)
    }
}
