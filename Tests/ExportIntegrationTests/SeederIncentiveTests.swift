import Testing

extension SeederSeededTests {
    /// Campaigns, registry and operator incentives, CEE applications.
    @Suite struct Incentives {
        @Test func campaignsBelongToTerritoriesAndOneCountsPointsWithValidatedIncentives() async throws {
            let seeded = try SeederSeededTests.seeded()
            let policies =
                "SELECT count(*) FROM policy.policies p JOIN territory.territory_group t ON t._id = p.territory_id"
            #expect(try await seeded.integer(policies) == seeded.integer("SELECT count(*) FROM policy.policies"))
            #expect(try await seeded.count("policy.policies", where: "_id IN (459, 460, 461)") == 3)
            let points = """
                SELECT count(*) FROM policy.incentives i JOIN policy.policies p ON p._id = i.policy_id
                WHERE p.unit = 'point' AND i.status = 'validated'
                """
            #expect(try await seeded.integer(points) > 0)
        }

        @Test func registryIncentivesJoinOneJourneyEachAndSomeJourneysHaveFour() async throws {
            let seeded = try SeederSeededTests.seeded()
            let unjoined = """
                SELECT count(*) FROM policy.incentives i WHERE NOT EXISTS (SELECT 1 FROM carpool_v2.carpools c
                    WHERE c.operator_id = i.operator_id AND c.operator_journey_id = i.operator_journey_id)
                """
            #expect(try await seeded.integer(unjoined) == 0)
            let perJourney =
                "SELECT count(DISTINCT policy_id) AS n FROM policy.incentives GROUP BY operator_id, operator_journey_id"
            #expect(try await seeded.integer("SELECT max(n) FROM (\(perJourney)) t") == 4)
            let sharedNumbers = """
                SELECT count(*) FROM (SELECT operator_journey_id FROM carpool_v2.carpools GROUP BY operator_journey_id
                    HAVING count(DISTINCT operator_id) > 1) t
                """
            #expect(try await seeded.integer(sharedNumbers) > 0)
            let validated = try await seeded.double(
                "SELECT avg((status = 'validated')::int)::float8 FROM policy.incentives")
            #expect((0.6...0.95).contains(validated), "validated share \(validated)")
        }

        @Test(arguments: [(459, "2026-03-10"), (459, "2026-10-13"), (460, "2026-10-02"), (461, "2026-10-15")])
        func boosterDaysHaveValidatedIncentivesOfTheirCampaign(policy: Int, day: String) async throws {
            let count = try await SeederSeededTests.seeded().integer(
                """
                SELECT count(*) FROM carpool_v2.carpools c JOIN policy.incentives i
                    ON i.operator_id = c.operator_id AND i.operator_journey_id = c.operator_journey_id
                WHERE i.policy_id = $1 AND i.status = 'validated'
                    AND (c.start_datetime AT TIME ZONE 'Europe/Paris')::date = $2::date
                """, [policy, day])
            #expect(count >= 3)
        }

        @Test func operatorIncentivesNumberOneToFourWithGapsOnAboutAThirdOfJourneys() async throws {
            let seeded = try SeederSeededTests.seeded()
            let perJourney =
                "SELECT carpool_id, count(*) AS n, max(idx) AS last FROM carpool_v2.operator_incentives GROUP BY 1"
            #expect(try await seeded.integer("SELECT max(n) FROM (\(perJourney)) t") == 4)
            #expect(try await seeded.integer("SELECT count(*) FROM (\(perJourney)) t WHERE last >= n") > 0)
            let share = try await seeded.double("SELECT count(*)::float8 / 5000 FROM (\(perJourney)) t")
            #expect((0.2...0.4).contains(share), "share \(share)")
            let unknown = """
                SELECT count(*) FROM carpool_v2.operator_incentives i
                WHERE NOT EXISTS (SELECT 1 FROM company.companies c WHERE c.siret = i.siret)
                """
            #expect(try await seeded.integer(unknown) > 0)
            #expect(try await seeded.count("carpool_v2.operator_incentives", where: "length(siret) <> 14") == 0)
        }

        @Test func ceeApplicationsConcernAFewJourneysSomeUnmatched() async throws {
            let seeded = try SeederSeededTests.seeded()
            let total = try await seeded.integer("SELECT count(*) FROM cee.cee_applications")
            #expect((25...250).contains(total))
            #expect(try await seeded.count("cee.cee_applications", where: "carpool_id IS NULL") > 0)
            let orphans = """
                SELECT count(*) FROM cee.cee_applications a WHERE a.carpool_id IS NOT NULL
                    AND NOT EXISTS (SELECT 1 FROM carpool_v2.carpools c WHERE c._id = a.carpool_id)
                """
            #expect(try await seeded.integer(orphans) == 0)
        }
    }
}
