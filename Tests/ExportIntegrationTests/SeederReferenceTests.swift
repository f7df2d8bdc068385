import Testing

extension SeederSeededTests {
    /// The geography, territories and campaigns, and how the journeys refer to them.
    @Suite struct References {
        /// The latest perimeter row of a journey's start, for joins.
        private static let startPerimeter = """
            carpool_v2.geo g JOIN LATERAL (
                SELECT * FROM geo.perimeters p WHERE p.arr = g.start_geo_code ORDER BY year DESC LIMIT 1) p ON true
            """

        @Test func startsTripsInDenseCitiesAndSparseVillages() async throws {
            let seeded = try SeederSeededTests.seeded()
            let dense = "SELECT count(DISTINCT p.arr) FROM \(Self.startPerimeter) WHERE p.pop / p.surface > 40"
            let sparse = "SELECT count(DISTINCT p.arr) FROM \(Self.startPerimeter) WHERE p.pop / p.surface <= 40"
            #expect(try await seeded.integer(dense) > 20)
            #expect(try await seeded.integer(sparse) > 20)
            let communes = "SELECT count(DISTINCT arr) FROM geo.perimeters WHERE country = 'XXXXX'"
            #expect(try await seeded.integer(communes) >= 250)
        }

        @Test func reachesCountriesAbroadThatHavePerimeterRows() async throws {
            let seeded = try SeederSeededTests.seeded()
            let abroad =
                "SELECT count(*) FROM carpool_v2.geo WHERE start_geo_code LIKE '99%' OR end_geo_code LIKE '99%'"
            #expect(try await seeded.integer(abroad) > 0)
            let countries = """
                SELECT count(*) FROM geo.perimeters WHERE arr LIKE '99___' AND country = arr
                    AND l_country IN ('Suisse', 'Belgique', 'Allemagne')
                """
            #expect(try await seeded.integer(countries) == 3)
        }

        @Test func geocodesEveryPointToASeededPerimeter() async throws {
            let unknown = """
                SELECT count(*) FROM carpool_v2.geo g
                WHERE NOT EXISTS (SELECT 1 FROM geo.perimeters p WHERE p.arr = g.start_geo_code)
                    AND g.start_geo_code IS NOT NULL
                    OR NOT EXISTS (SELECT 1 FROM geo.perimeters p WHERE p.arr = g.end_geo_code)
                    AND g.end_geo_code IS NOT NULL
                """
            #expect(try await SeederSeededTests.seeded().integer(unknown) == 0)
        }

        @Test func olderYearsCarryOtherNamesAndArrondissementsTheirCity() async throws {
            let seeded = try SeederSeededTests.seeded()
            let renamed = """
                SELECT count(*) FROM geo.perimeters o JOIN geo.perimeters n ON n.arr = o.arr AND n.year > o.year
                WHERE o.l_arr <> n.l_arr
                """
            let older = "SELECT count(*) FROM geo.perimeters WHERE year < (SELECT max(year) FROM geo.perimeters)"
            #expect(try await seeded.integer(renamed) >= 5)
            #expect(try await seeded.integer(renamed) == seeded.integer(older))
            #expect(try await seeded.count("geo.perimeters", where: "com = '75056' AND arr <> com") == 20)
            #expect(try await seeded.count("carpool_v2.geo", where: "start_geo_code LIKE '751%'") > 0)
        }

        @Test func territoriesHaveCompaniesAndSelectorsOfEveryKindButOne() async throws {
            let seeded = try SeederSeededTests.seeded()
            let withoutSelector = """
                SELECT count(*) FROM territory.territory_group t WHERE NOT EXISTS (
                    SELECT 1 FROM territory.territory_group_selector s WHERE s.territory_group_id = t._id)
                """
            #expect(try await seeded.integer(withoutSelector) == 1)
            let orphans = """
                SELECT count(*) FROM territory.territory_group t
                WHERE NOT EXISTS (SELECT 1 FROM company.companies c WHERE c._id = t.company_id)
                """
            #expect(try await seeded.integer(orphans) == 0)
            let types = "SELECT count(DISTINCT selector_type) FROM territory.territory_group_selector"
            #expect(try await seeded.integer(types) == 7)
            let unmatched = """
                SELECT count(*) FROM territory.territory_group_selector s WHERE NOT EXISTS (
                    SELECT 1 FROM geo.perimeters p WHERE s.selector_value = CASE s.selector_type
                        WHEN 'arr' THEN p.arr WHEN 'com' THEN p.com WHEN 'epci' THEN p.epci WHEN 'aom' THEN p.aom
                        WHEN 'dep' THEN p.dep WHEN 'reg' THEN p.reg ELSE p.country END)
                """
            #expect(try await seeded.integer(unmatched) == 0)
        }

        @Test func operatorsAndTheirCompaniesExist() async throws {
            let seeded = try SeederSeededTests.seeded()
            #expect(try await seeded.integer("SELECT count(*) FROM operator.operators") == 10)
            let missing = """
                SELECT count(*) FROM operator.operators o
                WHERE NOT EXISTS (SELECT 1 FROM company.companies c WHERE c.siret = o.siret)
                """
            #expect(try await seeded.integer(missing) == 0)
            #expect(try await seeded.integer("SELECT count(DISTINCT operator_id) FROM carpool_v2.carpools") == 10)
        }
    }
}
