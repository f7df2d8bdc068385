import ExportPostgres
import Foundation
import Testing

/// Reading a row by column name or as a typed tuple, and the errors that name what is missing.
@Suite struct PostgresRowDecodingTests {
    @Test func decodesByNameWhereverTheColumnIs() async throws {
        try await TestDatabase.with("pg_named") { pool, _ in
            let row = try #require(try await pool.query("SELECT 'x' AS added, 7 AS id, NULL::text AS note").first)
            #expect(try row.decode(Int.self, named: "id") == 7)
            #expect(try row.decode(String?.self, named: "note") == nil)
        }
    }

    @Test func refusesAColumnTheStatementDoesNotSelectNamingIt() async throws {
        try await TestDatabase.with("pg_named_missing") { pool, _ in
            let row = try #require(try await pool.query("SELECT 7 AS id, 'a' AS label").first)
            let error = try #require(throws: PostgresError.self) { try row.decode(Int.self, named: "releases") }
            #expect(error.kind == .usage)
            #expect(error.message == "no column named releases (the statement selects id, label)")
        }
    }

    @Test func decodesATypedTupleColumnByColumn() async throws {
        try await TestDatabase.with("pg_tuple") { pool, _ in
            let row = try #require(try await pool.query("SELECT 7::int8, 'a', NULL::uuid").first)
            let (id, label, uuid) = try row.decode((Int64, String, UUID?).self)
            #expect(id == 7 && label == "a" && uuid == nil)
            #expect(try await pool.query("SELECT true")[0].decode(Bool.self))
        }
    }

    @Test func refusesATupleOfAnotherWidthThanTheStatement() async throws {
        try await TestDatabase.with("pg_tuple_width") { pool, _ in
            let row = try #require(try await pool.query("SELECT 7 AS id, 'a' AS label, 'b' AS added").first)
            let error = try #require(throws: PostgresError.self) { try row.decode((Int, String).self) }
            #expect(error.kind == .usage)
            #expect(error.message == "the statement selects 3 columns (id, label, added), the decoder expects 2")
            #expect(throws: PostgresError.self) { try row.decode((Int, String, String, String).self) }
        }
    }
}
