import ExportPostgres
import ExportSchema

/// A small upstream dataset written by hand: a DST change, a trip at 23:55, an exact 10-minute
/// boundary, points abroad, dense and sparse communes, 0–4 incentives, non-validated registry
/// incentives, a booster day, nulls wherever they are allowed. Six trips are in the period
/// (2025-01-01 to 2025-04-01, Paris): 1001, 1003, 1002, 1006, 1005, 1004 in start order; 1007 is
/// not processed and 1008 starts at the period's end.
enum BuilderGoldenData {
    /// Creates the schemas and inserts the dataset.
    static func load(into pool: PostgresPool) async throws {
        try await SchemaMigrator(pool: pool, logger: .quiet).migrate([.export, .upstream])
        try await pool.withConnection { try await $0.executeScript(sql) }
    }

    private static let sql = """
        INSERT INTO geo.perimeters (year, arr, l_arr, com, l_com, epci, l_epci, dep, l_dep, reg, l_reg, country,
            l_country, aom, l_aom, pop, surface) VALUES
        (2024, '69123', 'Lyon (ancien)', '69123', 'Lyon', '200046977', 'Ancienne métropole', '69', 'Rhône', '84',
            'Auvergne-Rhône-Alpes', 'XXXXX', 'France', '200046977', 'Ancien SYTRAL', 1000, 48),
        (2025, '69123', 'Lyon', '69123', 'Lyon', '200046977', 'Métropole de Lyon', '69', 'Rhône', '84',
            'Auvergne-Rhône-Alpes', 'XXXXX', 'France', '200046977', 'SYTRAL Mobilités', 522250, 47.87),
        (2025, '01001', 'Abergement', '01001', 'Abergement', '200069193', 'CC de la Dombes', '01', 'Ain', '84',
            'Auvergne-Rhône-Alpes', 'XXXXX', 'France', NULL, NULL, 800, 40),
        (2025, '38185', 'Grenoble', '38185', 'Grenoble', '200040715', 'Grenoble-Alpes Métropole', '38', 'Isère',
            '84', 'Auvergne-Rhône-Alpes', 'XXXXX', 'France', '200040715', 'SMMAG', NULL, 18.13),
        (2025, '99131', 'Bruxelles', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '99131', 'Belgique', NULL,
            NULL, NULL, NULL);

        INSERT INTO operator.operators (_id, name, legal_name, siret) VALUES
        (1, 'Covoit Express', 'Covoit Express SAS', '11111111100011'),
        (2, 'Roule Ensemble', 'Roule Ensemble SA', '33333333300033');

        INSERT INTO company.companies (_id, siret, legal_name) VALUES
        (10, '24690000100017', 'Métropole de Lyon'),
        (11, '22000100100015', 'Département de l''Ain'),
        (12, '11111111100011', 'Covoit Express SAS'),
        (13, '22222222200022', 'Commune d''Abergement');

        INSERT INTO territory.territory_group (_id, name, company_id) VALUES
        (1, 'Métropole de Lyon', 10), (2, 'Département de l''Ain', 11);

        INSERT INTO policy.policies (_id, name, territory_id, start_date, end_date, unit, status, tz) VALUES
        (459, 'Lyon covoit', 1, '2025-01-01', '2026-01-01', 'euro', 'active', 'Europe/Paris'),
        (460, 'Points Lyon', 1, '2025-01-01', '2026-01-01', 'point', 'active', 'Europe/Paris'),
        (461, 'Ain covoit', 2, '2025-01-01', '2026-01-01', 'euro', 'active', 'Europe/Paris'),
        (462, 'Sans territoire', NULL, '2025-01-01', '2026-01-01', 'euro', 'active', 'Europe/Paris');

        INSERT INTO carpool_v2.carpools (_id, legacy_id, operator_id, operator_journey_id, operator_trip_id,
            operator_class, start_datetime, end_datetime, start_lat, start_lon, end_lat, end_lon, distance,
            driver_revenue, passenger_contribution, passenger_seats, driver_identity_key, passenger_identity_key,
            driver_operator_user_id, passenger_operator_user_id) VALUES
        (1, 1001, 1, 'j-1', 'trip-1', 'C', '2025-01-06T07:03:00Z', '2025-01-06T07:40:30Z', 45.764043, 4.835659,
            45.7489, 4.8299, 12500, 250, 200, 1, 'dk-1', 'pk-1', 'd-1', 'p-1'),
        (2, 1002, 1, 'j-2', NULL, 'A', '2025-01-31T22:55:00Z', '2025-01-31T23:25:00Z', 46.0999, 0.29,
            50.8503, 4.3517, NULL, NULL, NULL, 1, NULL, NULL, NULL, NULL),
        (3, 1003, 2, 'j-3', 'trip-3', 'B', '2025-01-06T07:10:00Z', '2025-01-06T08:00:00Z', 45.7, 4.8,
            45.188529, 5.724524, 30000, 0, NULL, 2, 'dk-3', 'pk-3', 'd-3', 'p-3'),
        (4, 1004, 1, 'j-4', 'trip-4', 'B', '2025-03-30T00:55:00Z', '2025-03-30T01:35:00Z', 45.77, 4.83,
            46.1, 5.2, 25000, 300, 250, 1, 'dk-4', 'pk-4', 'd-4', 'p-4'),
        (5, 1005, 1, 'j-5', 'trip-5', 'C', '2025-03-10T23:30:00Z', '2025-03-10T23:50:00Z', 45.75, 4.85,
            45.76, 4.86, 8000, 150, 120, 1, 'dk-5', 'pk-5', 'd-5', 'p-5'),
        (6, 1006, 1, 'j-6', 'trip-6', 'C', '2025-02-15T10:00:00Z', '2025-02-15T10:45:10Z', 48.8566, 2.3522,
            48.85, 2.35, 5000, 100, 100, 3, 'dk-6', 'pk-6', 'd-6', 'p-6'),
        (7, 1007, 1, 'j-7', 'trip-7', 'C', '2025-02-01T10:00:00Z', '2025-02-01T10:30:00Z', 45.7, 4.8,
            45.7, 4.8, 1000, 100, 100, 1, NULL, NULL, NULL, NULL),
        (8, 1008, 1, 'j-8', 'trip-8', 'C', '2025-03-31T22:00:00Z', '2025-03-31T22:30:00Z', 45.7, 4.8,
            45.7, 4.8, 1000, 100, 100, 1, NULL, NULL, NULL, NULL);

        INSERT INTO carpool_v2.status (carpool_id, acquisition_status, fraud_status, anomaly_status) VALUES
        (1, 'processed', 'passed', 'passed'), (2, 'processed', 'failed', 'passed'),
        (3, 'processed', 'passed', 'failed'), (4, 'processed', 'pending', 'pending'),
        (5, 'processed', 'passed', 'passed'), (6, 'processed', 'pending', 'passed'),
        (7, 'received', 'pending', 'pending'), (8, 'processed', 'passed', 'passed');

        INSERT INTO carpool_v2.geo (carpool_id, start_geo_code, end_geo_code) VALUES
        (1, '69123', '69123'), (2, '01001', '99131'), (3, '69123', '38185'), (4, '69123', '01001'),
        (5, '69123', '69123'), (7, '69123', '69123'), (8, '69123', '69123');

        INSERT INTO carpool_v2.operator_incentives (carpool_id, idx, siret, amount) VALUES
        (2, 0, '11111111100011', 100), (2, 2, '22222222200022', 50), (2, 3, '99999999900099', 25),
        (2, 5, '11111111100011', 10), (5, 1, '11111111100011', 75);

        INSERT INTO policy.incentives (policy_id, operator_id, operator_journey_id, status, amount, datetime) VALUES
        (459, 2, 'j-3', 'validated', 150, '2025-01-06T07:10:00Z'),
        (460, 2, 'j-3', 'validated', 30, '2025-01-06T07:10:00Z'),
        (461, 2, 'j-3', 'pending', 80, '2025-01-06T07:10:00Z'),
        (459, 1, 'j-2', 'draft', 100, '2025-01-31T22:55:00Z'),
        (462, 1, 'j-5', 'validated', 100, '2025-03-10T23:30:00Z'),
        (461, 1, 'j-5', 'validated', 300, '2025-03-10T23:30:00Z'),
        (460, 1, 'j-5', 'validated', 40, '2025-03-10T23:30:00Z'),
        (459, 1, 'j-5', 'validated', 200, '2025-03-10T23:30:00Z'),
        (459, 2, 'j-1', 'validated', 999, '2025-01-06T07:03:00Z');

        INSERT INTO cee.cee_applications (carpool_id, operator_id, journey_type, datetime) VALUES
        (1, 1, 'short', '2025-01-06T07:03:00Z'), (4, 1, 'long', '2025-03-30T00:55:00Z'),
        (NULL, 1, 'short', '2025-03-30T00:55:00Z');
        """
}
