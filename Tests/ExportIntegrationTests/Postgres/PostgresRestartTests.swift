import ExportPostgres
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Recovery after the whole cluster restarts. The test command runs this suite on its own,
/// after the others, since it takes the server away from every other test for a moment; its
/// tests run one after the other, each restart its own.
@Suite(.serialized) struct PostgresRestartTests {
    @Test func poolRecoversAfterTheServerRestarts() async throws {
        let restart = try TestEnvironment.require("TEST_PG_RESTART_COMMAND")
        try await TestDatabase.with("pg_restart", poolSize: 2) { pool, _ in
            let before = try await pool.withConnection { connection in
                _ = try await connection.query("SELECT 1")
                return connection.backendProcessID
            }
            // Foundation's Process can miss the exit of a command that leaves a daemon behind
            // (the restarted server): a plain wait on the shell is used instead.
            let status = system("'\(restart)' >/dev/null 2>&1")
            try #require(status == 0, "the restart command failed")

            var answer: Int?
            try await waitUntil(seconds: 30) {
                answer = try? await pool.query("SELECT 5")[0].decode(Int.self, at: 0)
                return answer != nil
            }
            #expect(answer == 5)
            let after = try await pool.withConnection { $0.backendProcessID }
            #expect(after != before)
        }
    }

    @Test func aWarmPoolServesEveryRequestAfterTheServerRestarts() async throws {
        let restart = try TestEnvironment.require("TEST_PG_RESTART_COMMAND")
        try await TestDatabase.with("pg_restart_warm", poolSize: 4) { pool, _ in
            try await warm(pool, connections: 4)
            let status = system("'\(restart)' >/dev/null 2>&1")
            try #require(status == 0, "the restart command failed")

            // Every idle connection died with the server: none may cost a request.
            for request in 1...8 {
                let answer = try await pool.query("SELECT $1::int", [request])[0].decode(Int.self, at: 0)
                #expect(answer == request)
            }
        }
    }

    /// Opens `connections` connections at once and gives them back idle.
    private func warm(_ pool: PostgresPool, connections: Int) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<connections {
                group.addTask { _ = try await pool.query("SELECT pg_sleep(0.2)") }
            }
            try await group.waitForAll()
        }
    }
}
