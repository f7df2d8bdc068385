package import ExportModels
package import ExportPostgres

/// Turns territories into the geo selector they stand for, from the upstream
/// `territory.territory_group_selector` rows, when an export is created (docs/permissions.md §3): the
/// resolved codes are stored in the export's parameters, so a later change of a territory does
/// not change an export already ordered.
package struct TerritoryPerimeters: Sendable {
    /// A territory that resolves to no code: exporting it would mean the whole country.
    package struct EmptyPerimeter: Error, Sendable, Equatable {
        /// The territories without any selector.
        package let territoryIDs: [Int]
    }

    private let pool: PostgresPool

    /// Creates a resolver reading `pool`.
    package init(pool: PostgresPool) { self.pool = pool }

    /// The union of the perimeters of `territoryIDs`; throws `EmptyPerimeter` naming every
    /// territory that has no selector.
    package func resolve(_ territoryIDs: [Int]) async throws -> GeoSelector {
        guard !territoryIDs.isEmpty else { return GeoSelector() }
        let rows = try await pool.query(
            """
            SELECT territory_group_id, selector_type, selector_value FROM territory.territory_group_selector
            WHERE territory_group_id = ANY($1::int[])
            """, [territoryIDs])
        var codes: [GeoLevel: [String]] = [:]
        var covered = Set<Int>()
        for row in rows {
            let (territoryID, selectorType, selectorValue) = try row.decode((Int, String, String).self)
            guard let level = GeoLevel(rawValue: selectorType) else { continue }
            covered.insert(territoryID)
            codes[level, default: []].append(selectorValue)
        }
        let missing = Set(territoryIDs).subtracting(covered).sorted()
        guard missing.isEmpty else { throw EmptyPerimeter(territoryIDs: missing) }
        return GeoSelector(codes)
    }
}
