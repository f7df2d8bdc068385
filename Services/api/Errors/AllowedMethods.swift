import Hummingbird

/// The methods each route template answers, taken from a router's routes (docs/api.md §14): a
/// path the router knows asked with another method is a 405 whose `Allow` lists them, not a 404.
struct AllowedMethods: Sendable {
    /// One template and its methods.
    private struct Entry: Sendable {
        let path: RouterPath
        let methods: Set<HTTPRequest.Method>
    }

    private let entries: [Entry]

    /// The table of `routes` (`Router.routes`).
    init<Context: RequestContext>(routes: [Router<Context>.RouteDescription]) {
        entries = Dictionary(grouping: routes, by: \.path.description).values.map { group in
            Entry(path: group[0].path, methods: Set(group.map(\.method)))
        }
    }

    /// The methods of the template the router resolves `path` to, sorted, or empty when none
    /// matches. Like the router's trie, a literal segment wins over a capture (`/v1/exports/estimate`
    /// is not `/v1/exports/{uuid}`), whatever the method.
    func methods(for path: String) -> [HTTPRequest.Method] {
        let segments = path.split(separator: "/", omittingEmptySubsequences: true)
        let best = entries.filter { Self.matches($0.path, segments) }.max {
            Self.literals($0.path).lexicographicallyPrecedes(Self.literals($1.path))
        }
        return (best?.methods ?? []).sorted { $0.rawValue < $1.rawValue }
    }

    /// 1 for each literal segment of `template`, 0 for a capture or a wildcard.
    private static func literals(_ template: RouterPath) -> [Int] {
        template.components.map { $0 == $0.description ? 1 : 0 }  // only a literal equals its own text
    }

    /// True when `template` matches `segments`: one element per segment, or a trailing `**`.
    private static func matches(_ template: RouterPath, _ segments: [Substring]) -> Bool {
        for (index, element) in template.components.enumerated() {
            if element == .recursiveWildcard { return index < segments.count }
            guard index < segments.count, element ~= segments[index] else { return false }
        }
        return template.components.count == segments.count
    }
}
