import ExportPostgres
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Recovery after the whole cluster restarts. The test command runs this suite on its own,
/// after the others, since it takes the server away from every other test for a moment.
@Suite struct PostgresRestartTests {
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
}
