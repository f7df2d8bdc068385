import ExportModels
import ExportPostgres
import ExportStore
import Foundation
import Testing

@testable import ExportOpendata

/// `opendata:create`: the default month, the refusals, the unique month under concurrency.
@Suite(.serialized, .seededDatabase(trips: 10, months: ["2026-03"]))
struct OpendataCreationTests {
    private func instant(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    /// The open-data exports of the database.
    private func exportCount(_ fixture: OpendataPublicationFixture) async throws -> Int {
        try await fixture.pool.query("SELECT count(*) FROM export.exports WHERE type = 'opendata'")[0]
            .decode(Int.self, at: 0)
    }

    /// 00:30 on 5 April in Paris: March ended at the end of 31 March, five days before; 23:30 on
    /// 4 April: not yet, so February.
    @Test func defaultMonthIsTheLatestThatEndedFiveDaysAgo() async throws {
        let fixture = try await OpendataPublicationFixture.make()
        defer { fixture.cleanUp() }
        let creation = try await fixture.creator().create(
            month: nil, force: false, now: instant("2026-04-04T22:30:00Z"))
        guard case .created(let record) = creation else {
            Issue.record("\(creation)")
            return
        }
        #expect(record.params.month == "2026-03")
        #expect(record.params.startAt == instant("2026-02-28T23:00:00Z"))
        #expect(record.params.endAt == instant("2026-03-31T22:00:00Z"))
        #expect(record.params.tz == "Europe/Paris")
        #expect(record.type == .opendata && record.format == .csv && record.status == .pending)
        let earlier = try await fixture.creator().create(month: nil, force: false, now: instant("2026-04-04T21:30:00Z"))
        guard case .created(let february) = earlier else {
            Issue.record("\(earlier)")
            return
        }
        #expect(february.params.month == "2026-02")
    }

    @Test func aMonthNotEndedFiveDaysAgoIsRefusedUnlessForced() async throws {
        let fixture = try await OpendataPublicationFixture.make()
        defer { fixture.cleanUp() }
        let now = instant("2026-04-03T12:00:00Z")
        let error = await #expect(throws: OpendataCommandError.self) {
            try await fixture.creator().create(month: "2026-03", force: false, now: now)
        }
        #expect(error?.description.contains("--force") == true)
        #expect(try await exportCount(fixture) == 0)
        let forced = try await fixture.creator().create(month: "2026-03", force: true, now: now)
        guard case .created = forced else {
            Issue.record("\(forced)")
            return
        }
        #expect(try await exportCount(fixture) == 1)
    }

    @Test func withoutSaltNothingIsCreated() async throws {
        let fixture = try await OpendataPublicationFixture.make()
        defer { fixture.cleanUp() }
        let error = await #expect(throws: OpendataCommandError.self) {
            try await fixture.creator(["OPENDATA_SALT": ""]).create(month: "2026-03", force: false)
        }
        #expect(error?.description.contains("OPENDATA_SALT") == true)
        #expect(try await exportCount(fixture) == 0)
    }

    @Test func aMalformedMonthIsRefused() async throws {
        let fixture = try await OpendataPublicationFixture.make()
        defer { fixture.cleanUp() }
        await #expect(throws: OpendataCommandError.self) {
            try await fixture.creator().create(month: "2026-3", force: false)
        }
        #expect(try await exportCount(fixture) == 0)
    }

    @Test func concurrentCreatesMakeOneExport() async throws {
        let fixture = try await OpendataPublicationFixture.make()
        defer { fixture.cleanUp() }
        let creator = try fixture.creator()
        let outcomes = try await withThrowingTaskGroup(of: OpendataExports.Creation.self) { group in
            for _ in 0..<4 { group.addTask { try await creator.create(month: "2026-03", force: false) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        let created = outcomes.compactMap { if case .created(let record) = $0 { record } else { nil } }
        let existing = outcomes.compactMap { if case .alreadyExists(let record) = $0 { record } else { nil } }
        #expect(created.count == 1)
        #expect(existing.count == 3)
        #expect(existing.allSatisfy { $0.uuid == created.first?.uuid })
        #expect(try await exportCount(fixture) == 1)
        let notified = try await ExportRepository(pool: fixture.pool).logs(of: try #require(created.first).id)
        #expect(notified.map(\.type) == [.created])
    }
}
