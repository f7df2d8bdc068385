import ExportModels
import ExportOpendataFile
import ExportPostgres
import ExportStore
import ExportTrips
import Foundation
import Testing

@testable import ExportOpendata

/// Publication on the fake data.gouv.fr (docs/opendata.md §7) of files built from a seeded month.
/// Serialized: the tests share the seeded database's single open-data month.
@Suite(.serialized, .seededDatabase(trips: 2_000, months: ["2026-03"]))
struct OpendataPublicationTests {
    @Test func publishesANewResourceWithTitleDescriptionAndChecksum() async throws {
        let fixture = try await OpendataPublicationFixture.make()
        defer { fixture.cleanUp() }
        let (record, file) = try await fixture.builtExport("2026-03")
        let expectedSHA1 = try await OpendataPublicationFixture.sha1sum(try #require(file.csvPath))

        let outcome = try await fixture.uploader().upload(month: "2026-03")

        let resources = try await fixture.datagouv.resources()
        try #require(resources.count == 1)
        let resource = resources[0]
        #expect(outcome == .published(resourceID: resource["id"] as! String, checksum: expectedSHA1))
        #expect(resource["title"] as? String == "2026-03.csv")
        #expect((resource["checksum"] as? [String: Any])?["value"] as? String == expectedSHA1)
        let description = try #require(resource["description"] as? String)
        #expect(description.contains("mars 2026"))
        #expect(description.contains("étranger"))
        #expect(
            try await fixture.datagouv.journalLines() == ["GET  200", "POST upload 201", "PUT resources/{rid} 200"])
        let headers = try await fixture.datagouv.journal().compactMap { $0["headers"] as? [String: String] }
        #expect(headers.allSatisfy { $0["X-API-KEY"] == fixture.datagouv.apiKey && $0["Accept"] == "application/json" })

        let stats = try await fixture.stats(of: record)
        #expect(stats.published)
        #expect(stats.resourceID == resource["id"] as? String)
        #expect(stats.resourceURL == resource["url"] as? String)
        #expect(stats.checksum == expectedSHA1)
        #expect(stats.countExposed == file.rows)
        let logs = try await ExportRepository(pool: fixture.pool).logs(of: record.id)
        #expect(logs.contains { $0.type == .published && $0.message.contains(resource["id"] as! String) })
    }

    @Test func replacesTheResourceTitledWithTheFileName() async throws {
        let fixture = try await OpendataPublicationFixture.make()
        defer { fixture.cleanUp() }
        let previousID = try await fixture.datagouv.uploadDirectly("old;file\r\n", fileName: "2026-03.csv")
        let oldChecksum = try #require(
            (try await fixture.datagouv.resources().first?["checksum"] as? [String: Any])?["value"] as? String)
        let (record, file) = try await fixture.builtExport("2026-03")
        let expectedSHA1 = try await OpendataPublicationFixture.sha1sum(try #require(file.csvPath))

        _ = try await fixture.uploader().upload(month: "2026-03")

        let resources = try await fixture.datagouv.resources()
        try #require(resources.count == 1)
        #expect(resources[0]["id"] as? String == previousID)
        let newChecksum = (resources[0]["checksum"] as? [String: Any])?["value"] as? String
        #expect(newChecksum == expectedSHA1)
        #expect(newChecksum != oldChecksum)
        #expect(
            try await fixture.datagouv.journalLines().suffix(3) == [
                "GET  200", "POST resources/{rid}/upload 200", "PUT resources/{rid} 200",
            ])
        #expect(try await fixture.stats(of: record).resourceID == previousID)
    }

    @Test func aCreateThatSucceededBehindAnErrorAnswerIsNotPublishedTwice() async throws {
        let fixture = try await OpendataPublicationFixture.make()
        defer { fixture.cleanUp() }
        try await fixture.builtExport("2026-03")
        try await fixture.datagouv.fail(status: 502, route: "upload", afterProcessing: true)

        _ = try await fixture.uploader().upload(month: "2026-03")

        let resources = try await fixture.datagouv.resources()
        #expect(resources.map { $0["title"] as? String } == ["2026-03.csv"])
        #expect(
            try await fixture.datagouv.journalLines() == [
                "GET  200", "POST upload 502", "GET  200", "POST resources/{rid}/upload 200", "PUT resources/{rid} 200",
            ])
    }

    @Test func publishesWithAPoolOfOneConnection() async throws {
        let fixture = try await OpendataPublicationFixture.make()
        defer { fixture.cleanUp() }
        try await fixture.builtExport("2026-03")
        let single = PostgresPool(
            configuration: PostgresConfiguration(
                url: fixture.pool.configuration.url, poolSize: 1, poolTimeout: .seconds(2)),
            logger: .quiet)
        let lonely = OpendataPublicationFixture(
            pool: single, datagouv: fixture.datagouv, storage: fixture.storage, work: fixture.work)

        let outcome: OpendataPublisher.Outcome
        do {
            outcome = try await lonely.publisher().publish(month: "2026-03", force: false)
            await single.close()
        } catch {
            await single.close()
            throw error
        }

        guard case .published = outcome else {
            Issue.record("publish with DATABASE_POOL_SIZE=1: \(outcome)")
            return
        }
        #expect(try await fixture.datagouv.resources().count == 1)
    }

    @Test func aSecondPublishOfAPublishedMonthUploadsNothing() async throws {
        let fixture = try await OpendataPublicationFixture.make()
        defer { fixture.cleanUp() }
        try await fixture.builtExport("2026-03")
        let publisher = try fixture.publisher()

        let first = try await publisher.publish(month: "2026-03", force: false)
        let callsAfterFirst = try await fixture.datagouv.journalLines()
        let second = try await publisher.publish(month: "2026-03", force: false)

        guard case .published = first else {
            Issue.record("first publish: \(first)")
            return
        }
        #expect(second == .alreadyPublished)
        #expect(try await fixture.datagouv.journalLines() == callsAfterFirst)
        #expect(try await fixture.datagouv.resources().count == 1)
    }

    @Test func aMonthBeingBuiltIsSkipped() async throws {
        let fixture = try await OpendataPublicationFixture.make()
        defer { fixture.cleanUp() }
        _ = try await fixture.creator().create(month: "2026-03", force: false)

        let outcome = try await fixture.publisher().publish(month: "2026-03", force: false)

        #expect(outcome == .inProgressElsewhere)
        #expect(try await fixture.datagouv.journal().isEmpty)
    }

    @Test func aMonthWithoutExposedTripIsNotUploaded() async throws {
        let fixture = try await OpendataPublicationFixture.make()
        defer { fixture.cleanUp() }
        let (record, file) = try await fixture.builtExport("2020-01")
        #expect(file.csvPath == nil)

        #expect(try await fixture.uploader().upload(month: "2020-01") == .nothingToPublish)
        #expect(try await fixture.publisher().publish(month: "2020-01", force: false) == .nothingToPublish)

        #expect(try await fixture.datagouv.journal().isEmpty)
        #expect(try await fixture.stats(of: record).published == false)
    }

    @Test func a503IsRetriedThenTheUploadSucceeds() async throws {
        let fixture = try await OpendataPublicationFixture.make()
        defer { fixture.cleanUp() }
        let (record, _) = try await fixture.builtExport("2026-03")
        try await fixture.datagouv.fail(status: 503, route: "upload", retryAfter: 0)

        _ = try await fixture.uploader().upload(month: "2026-03")

        #expect(
            try await fixture.datagouv.journalLines() == [
                "GET  200", "POST upload 503", "GET  200", "POST upload 201", "PUT resources/{rid} 200",
            ], "the resource is looked up again before the second create")
        #expect(try await fixture.datagouv.resources().count == 1)
        #expect(try await fixture.stats(of: record).published)
    }

    @Test func a429IsRetriedAfterWhatRetryAfterAsks() async throws {
        let fixture = try await OpendataPublicationFixture.make()
        defer { fixture.cleanUp() }
        try await fixture.builtExport("2026-03")
        try await fixture.datagouv.fail(status: 429, route: "dataset", retryAfter: 1)
        let started = ContinuousClock.now

        _ = try await fixture.uploader().upload(month: "2026-03")

        #expect(ContinuousClock.now - started >= .seconds(1))
        #expect(try await fixture.datagouv.journalLines().prefix(2) == ["GET  429", "GET  200"])
    }

    @Test func a401FailsAtOnceWithAClearMessage() async throws {
        let fixture = try await OpendataPublicationFixture.make()
        defer { fixture.cleanUp() }
        let (record, _) = try await fixture.builtExport("2026-03")

        let error = await #expect(throws: DatagouvError.self) {
            try await fixture.uploader(apiKey: "not-a-key").upload(month: "2026-03")
        }

        #expect(error?.status == 401)
        #expect(error?.description.contains("DATAGOUV_API_KEY") == true)
        #expect(error?.description.contains("not-a-key") == false)
        #expect(try await fixture.datagouv.journalLines() == ["GET  401"])
        #expect(try await fixture.stats(of: record).published == false)
    }

    @Test func a403Or404FailsAtOnceNamingWhatToCheck() async throws {
        let fixture = try await OpendataPublicationFixture.make()
        defer { fixture.cleanUp() }
        let (record, _) = try await fixture.builtExport("2026-03")
        let stranger = try await fixture.datagouv.keyOwningNothing()

        let forbidden = await #expect(throws: DatagouvError.self) {
            try await fixture.uploader(apiKey: stranger).upload(month: "2026-03")
        }
        let missing = await #expect(throws: DatagouvError.self) {
            try await fixture.uploader(dataset: "no-such-dataset-\(UUID())").upload(month: "2026-03")
        }

        #expect(forbidden?.status == 403)
        #expect(forbidden?.description.contains("DATAGOUV_DATASET") == true)
        #expect(missing?.status == 404)
        #expect(missing?.description.contains("DATAGOUV_URL and DATAGOUV_DATASET") == true)
        #expect(try await fixture.datagouv.journalLines() == ["GET  200", "POST upload 403"])
        #expect(try await fixture.stats(of: record).published == false)
    }

    @Test func uploadRefusesAMonthThatIsNotBuilt() async throws {
        let fixture = try await OpendataPublicationFixture.make()
        defer { fixture.cleanUp() }
        _ = try await fixture.creator().create(month: "2026-03", force: false)

        await #expect(throws: OpendataCommandError.self) { try await fixture.uploader().upload(month: "2026-03") }
        #expect(try await fixture.datagouv.journal().isEmpty)
    }
}
