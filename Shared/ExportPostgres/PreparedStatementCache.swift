/// The statements one connection has prepared on its server session, by SQL text, with the
/// least recently used one given up once `capacity` are held (docs/configuration.md, "Prepared
/// statements"). Pure bookkeeping: the connection sends `PQprepare` and `DEALLOCATE` itself.
struct PreparedStatementCache {
    /// The most statements kept prepared on one session.
    static let capacity = 128

    /// A prepared statement: its server-side name and when it was last used.
    private struct Entry {
        let name: String
        var lastUse: Int
    }

    private var entries: [String: Entry] = [:]
    /// A counter standing for time, for the least-recently-used order.
    private var clock = 0
    /// The number in the next statement's name; names are never reused on a session.
    private var nextNumber = 0

    /// How many statements are held.
    var count: Int { entries.count }

    /// The name `sql` was prepared under, marking it used; nil when it is not prepared.
    mutating func name(for sql: String) -> String? {
        clock += 1
        entries[sql]?.lastUse = clock
        return entries[sql]?.name
    }

    /// A name no statement of this session has had yet.
    mutating func newName() -> String {
        nextNumber += 1
        return "rpc_export_\(nextNumber)"
    }

    /// Records that `sql` is prepared as `name`; returns the name of the statement given up to
    /// stay within `capacity`, which the caller deallocates.
    mutating func insert(_ sql: String, name: String) -> String? {
        clock += 1
        entries[sql] = Entry(name: name, lastUse: clock)
        guard entries.count > Self.capacity, let oldest = entries.min(by: { $0.value.lastUse < $1.value.lastUse })
        else { return nil }
        entries[oldest.key] = nil
        return oldest.value.name
    }

    /// Forgets `sql`, returning the name it was prepared under.
    mutating func remove(_ sql: String) -> String? {
        entries.removeValue(forKey: sql)?.name
    }

    /// Forgets every statement, for a session whose statements are gone (`DEALLOCATE ALL`).
    mutating func removeAll() {
        entries = [:]
    }
}
