import Foundation
import Testing

/// What people and scripts expect of every command (docs/commands.md §4): `--version` with the
/// build's commit, fixed sets of values listed by `--help` and refused with the list when
/// misspelt, and `--json` for scripts.
@Suite struct CommandConventionTests {
    static let executables = ["export-api", "export-builder", "export-notifier", "export-janitor", "export-opendata"]

    /// The JSON object or array a command printed.
    static func json(_ run: CommandRun) throws -> Any {
        try JSONSerialization.jsonObject(with: run.outputData)
    }

    @Test func everyExecutableReportsItsVersionWithTheBuildsCommit() async throws {
        var commits: Set<String> = []
        for executable in Self.executables {
            let run = try await CommandRun.run(executable, ["--version"], environment: [:])
            #expect(run.status == 0, "\(run.errors)")
            let prefix = "\(executable) (commit "
            #expect(run.output.hasPrefix(prefix) && run.output.hasSuffix(")"), "\(run.output)")
            commits.insert(String(run.output.dropFirst(prefix.count).dropLast()))
        }
        #expect(commits.count == 1, "one build, one commit: \(commits)")
        let commit = try #require(commits.first)
        #expect(commit == "unknown" || (commit.count == 40 && commit.allSatisfy(\.isHexDigit)), "\(commit)")
    }

    @Test func helpListsTheValuesOfEveryFixedChoice() async throws {
        let create = try await CommandRun.run("export-api", ["export:create", "--help"], environment: [:])
        #expect(create.output.contains("operator") && create.output.contains("territory"))
        #expect(create.output.contains("xlsx") && create.output.contains("csv"), "\(create.output)")
        let list = try await CommandRun.run("export-api", ["export:list", "--help"], environment: [:])
        #expect(
            ["pending", "processing", "success", "error", "canceled", "expired"].allSatisfy(list.output.contains),
            "\(list.output)")
        let token = try await CommandRun.run("export-api", ["token", "--help"], environment: [:])
        #expect(["admin", "registry", "operator", "territory"].allSatisfy(token.output.contains), "\(token.output)")
    }

    @Test func aMisspeltChoiceIsRefusedWithTheListBeforeAnythingRuns() async throws {
        let cases: [([String], [String])] = [
            (["export:create", "--start", "2025-01-01", "--end", "2025-02-01", "--format", "xlx"], ["xlsx", "csv"]),
            (["export:create", "--start", "2025-01-01", "--end", "2025-02-01", "--type", "opendata"], ["registry"]),
            (["export:list", "--status", "pendng"], ["pending", "success"]),
            (["token", "--sub", "1", "--role", "admn"], ["admin", "territory"]),
        ]
        for (arguments, listed) in cases {
            let run = try await CommandRun.run("export-api", arguments, environment: ["DATABASE_URL": ""])
            #expect(run.status == 64, "a usage error: \(arguments) \(run.errors)")
            #expect(listed.allSatisfy(run.errors.contains), "\(arguments): \(run.errors)")
        }
    }

    @Test func statusAndListPrintTheAPIsJSONForScripts() async throws {
        try await AdminCommandTests.withCommands("cli_json") { _, environment, _ in
            let created = try await CommandRun.run(
                "export-api",
                [
                    "export:create", "--start", AdminCommandTests.day(daysAgo: 30), "--end",
                    AdminCommandTests.day(daysAgo: 10),
                ],
                environment: environment)
            #expect(created.status == 0, "\(created.errors)")
            let status = try await CommandRun.run(
                "export-api", ["export:status", created.output, "--json"], environment: environment)
            let object = try #require(try Self.json(status) as? [String: Any], "\(status.output)")
            #expect(object["uuid"] as? String == created.output && object["status"] as? String == "pending")
            #expect((object["params"] as? [String: Any])?["tz"] as? String == "Europe/Paris")
            let list = try await CommandRun.run(
                "export-api", ["export:list", "--status", "pending", "--json"], environment: environment)
            let array = try #require(try Self.json(list) as? [[String: Any]], "\(list.output)")
            #expect(array.map { $0["uuid"] as? String } == [created.output])
        }
    }

    @Test func opendataCommandsPrintTheirOutcomeAsJSON() async throws {
        try await OpendataCommandTests.withCommands("opendata_cli_json") { _, environment in
            let first = try await CommandRun.run(
                "export-opendata", ["opendata:create", "--month", "2026-03", "--json"], environment: environment)
            let created = try #require(try Self.json(first) as? [String: Any], "\(first.output) \(first.errors)")
            #expect(created["outcome"] as? String == "created")
            let uuid = try #require(created["uuid"] as? String)
            let second = try await CommandRun.run(
                "export-opendata", ["opendata:create", "--month", "2026-03", "--json"], environment: environment)
            let existing = try #require(try Self.json(second) as? [String: Any], "\(second.output)")
            #expect(existing["outcome"] as? String == "already_exists" && existing["uuid"] as? String == uuid)
            #expect(existing["status"] as? String == "pending")
            #expect(second.errors.isEmpty, "nothing but the JSON: \(second.errors)")
        }
    }
}
