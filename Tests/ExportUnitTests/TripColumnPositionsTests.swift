import Testing

@testable import ExportOpendataFile
@testable import ExportTrips

/// The trip and open-data row writers read cells by position, for speed (docs/builder.md §4);
/// their positions and the select lists they read are kept apart, so these tests check that
/// the statements select exactly as many columns as the positions expect, in the same order.
@Suite struct TripColumnPositionsTests {
    @Test func theTripStatementSelectsTheColumnsTheWriterReads() {
        typealias Column = TripQuerySQL.Column
        let columns = Self.selectExpressions(of: TripQuery.rowsSQL)
        #expect(columns.count == Column.validatedPolicies + 1)
        #expect(Column.endPlace == Column.startPlace + 10 && Column.operatorName == Column.endPlace + 10)
        #expect(Column.registryIncentives == Column.operatorIncentives + 3 * 3)
        #expect(Column.validatedPolicies == Column.registryIncentives + 3 * 5)
        let expected = [
            (Column.legacyId, "c.legacy_id"), (Column.acquisitionStatus, "s.acquisition_status"),
            (Column.distance, "c.distance"), (Column.endLon, "c.end_lon"), (Column.startPlace, "g.start_geo_code"),
            (Column.endPlace, "g.end_geo_code"), (Column.passengerIdentityKey, "c.passenger_identity_key"),
            (Column.cee, "EXISTS (SELECT 1 FROM cee.cee_applications a WHERE a.carpool_id = c._id)"),
            (Column.operatorIncentives, "oi.siret[1]"), (Column.registryIncentives, "ri.policy_id[1]"),
            (Column.validatedPolicies, "ri.policy_id"),
        ]
        for (position, expression) in expected where position < columns.count {
            #expect(columns[position] == expression, "column \(position)")
        }
    }

    @Test func theOpendataStatementSelectsTheColumnsTheWriterReads() {
        typealias Column = OpendataQuery.Column
        let columns = Self.selectExpressions(of: OpendataQuery.rowsSQL)
        #expect(columns.count == Column.hasIncentive + 1)
        #expect(Column.endPlace == Column.startPlace + 8 && Column.passengerSeats == Column.endPlace + 8)
        let expected = [
            (Column.legacyId, "c.legacy_id"), (Column.operatorId, "c.operator_id"), (Column.endLon, "c.end_lon"),
            (Column.startPlace, "g.start_geo_code"), (Column.endPlace, "g.end_geo_code"),
            (Column.passengerSeats, "c.passenger_seats"), (Column.distance, "c.distance"),
        ]
        for (position, expression) in expected where position < columns.count {
            #expect(columns[position] == expression, "column \(position)")
        }
    }

    /// The expressions of the outermost select list of `sql`: what lies between its first
    /// `SELECT` and `FROM` outside parentheses, split at the commas outside parentheses.
    private static func selectExpressions(of sql: String) -> [String] {
        var depth = 0
        var expressions: [String] = []
        var current = ""
        var inList = false
        var word = ""
        for character in sql {
            if character.isLetter || character == "_" {
                word.append(character)
            } else {
                if depth == 0 && word == "SELECT" && !inList {
                    inList = true
                    current = ""
                    word = ""
                    continue
                }
                if depth == 0 && word == "FROM" && inList {
                    current.removeLast(word.count)
                    break
                }
                word = ""
            }
            if character == "(" { depth += 1 }
            if character == ")" { depth -= 1 }
            guard inList else { continue }
            if character == "," && depth == 0 {
                expressions.append(current.trimmingWhitespace())
                current = ""
            } else {
                current.append(character)
            }
        }
        expressions.append(current.trimmingWhitespace())
        return expressions
    }
}

extension String {
    /// The text without surrounding spaces and line breaks.
    fileprivate func trimmingWhitespace() -> String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
