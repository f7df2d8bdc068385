/// The roles a bearer token may carry (docs/permissions.md §1).
enum Role: String, CaseIterable, Sendable {
    case admin, registry, `operator`, territory
}
