/// The cells expected for each trip of `BuilderGoldenData`, written by hand in the tagged form
/// of `BuilderZipContents` (`s:` text, `n:` number, `b:` boolean, `dt:`/`d:`/`t:` date-times,
/// dates and times in Paris, `dur:` seconds). A column not listed is an empty cell.
enum BuilderGoldenCells {
    /// Lyon to Lyon, dense (3 decimals), ok, CEE, no incentive (the registry incentive of
    /// operator 2 with the same journey id is not this trip's).
    static let trip1001: [String: String] = [
        "journey_id": "n:1001", "operator_trip_id": "s:trip-1", "operator_journey_id": "s:j-1",
        "operator_class": "s:C", "status": "s:ok",
        "start_datetime": "dt:2025-01-06 08:10:00", "start_date": "d:2025-01-06", "start_time": "t:08:10:00",
        "end_datetime": "dt:2025-01-06 08:50:00", "end_date": "d:2025-01-06", "end_time": "t:08:50:00",
        "duration": "dur:2250", "distance": "n:12.5",
        "start_lat": "n:45.764", "start_lon": "n:4.835", "end_lat": "n:45.748", "end_lon": "n:4.829",
    ].merging(lyon("start")) { $1 }.merging(lyon("end")) { $1 }.merging([
        "operator": "s:Covoit Express", "operator_passenger_id": "s:p-1", "passenger_identity_key": "s:pk-1",
        "operator_driver_id": "s:d-1", "driver_identity_key": "s:dk-1", "driver_revenue": "n:2.5",
        "passenger_contribution": "n:2", "passenger_seats": "n:1", "cee_application": "b:true",
        "incentive_type": "s:normal",
    ]) { $1 }

    /// Exact 10-minute boundary, anomaly, Lyon to Grenoble (population unknown: 2 decimals),
    /// two validated registry incentives (one in points) and one pending.
    static let trip1003: [String: String] = [
        "journey_id": "n:1003", "operator_trip_id": "s:trip-3", "operator_journey_id": "s:j-3",
        "operator_class": "s:B", "status": "s:anomaly_error",
        "start_datetime": "dt:2025-01-06 08:10:00", "start_date": "d:2025-01-06", "start_time": "t:08:10:00",
        "end_datetime": "dt:2025-01-06 09:00:00", "end_date": "d:2025-01-06", "end_time": "t:09:00:00",
        "duration": "dur:3000", "distance": "n:30",
        "start_lat": "n:45.7", "start_lon": "n:4.8", "end_lat": "n:45.18", "end_lon": "n:5.72",
        "end_insee": "s:38185", "end_commune": "s:Grenoble", "end_departement": "s:Isère",
        "end_epci": "s:Grenoble-Alpes Métropole", "end_aom": "s:SMMAG", "end_region": "s:Auvergne-Rhône-Alpes",
        "end_pays": "s:France",
        "operator": "s:Roule Ensemble", "operator_passenger_id": "s:p-3", "passenger_identity_key": "s:pk-3",
        "operator_driver_id": "s:d-3", "driver_identity_key": "s:dk-3", "driver_revenue": "n:0",
        "passenger_seats": "n:2", "cee_application": "b:false", "incentive_type": "s:normal",
        "incentive_rpc_0_campaign_id": "n:459", "incentive_rpc_0_campaign_name": "s:Lyon covoit",
        "incentive_rpc_0_siret": "s:24690000100017", "incentive_rpc_0_name": "s:Métropole de Lyon",
        "incentive_rpc_0_amount": "n:1.5",
        "incentive_rpc_1_campaign_id": "n:460", "incentive_rpc_1_campaign_name": "s:Points Lyon",
        "incentive_rpc_1_siret": "s:24690000100017", "incentive_rpc_1_name": "s:Métropole de Lyon",
    ].merging(lyon("start")) { $1 }

    /// 23:55 in Paris (next day), fraud, sparse village (2 decimals, 0.29 kept) to abroad,
    /// nulls, four operator incentives with gaps in `idx`, a draft registry incentive.
    static let trip1002: [String: String] = [
        "journey_id": "n:1002", "operator_journey_id": "s:j-2", "operator_class": "s:A", "status": "s:fraud_error",
        "start_datetime": "dt:2025-02-01 00:00:00", "start_date": "d:2025-02-01", "start_time": "t:00:00:00",
        "end_datetime": "dt:2025-02-01 00:30:00", "end_date": "d:2025-02-01", "end_time": "t:00:30:00",
        "duration": "dur:1800",
        "start_lat": "n:46.09", "start_lon": "n:0.29", "end_lat": "n:50.85", "end_lon": "n:4.35",
        "start_insee": "s:01001", "start_commune": "s:Abergement", "start_departement": "s:Ain",
        "start_epci": "s:CC de la Dombes", "start_region": "s:Auvergne-Rhône-Alpes", "start_pays": "s:France",
        "end_insee": "s:99131", "end_pays": "s:Belgique",
        "operator": "s:Covoit Express", "passenger_seats": "n:1", "cee_application": "b:false",
        "incentive_type": "s:normal",
        "incentive_0_siret": "s:11111111100011", "incentive_0_name": "s:Covoit Express SAS",
        "incentive_0_amount": "n:1",
        "incentive_1_siret": "s:22222222200022", "incentive_1_name": "s:Commune d'Abergement",
        "incentive_1_amount": "n:0.5",
        "incentive_2_siret": "s:99999999900099", "incentive_2_amount": "n:0.25",
    ]

    /// Not geocoded: every place column empty, coordinates at 2 decimals, pending.
    static let trip1006: [String: String] = [
        "journey_id": "n:1006", "operator_trip_id": "s:trip-6", "operator_journey_id": "s:j-6",
        "operator_class": "s:C", "status": "s:pending",
        "start_datetime": "dt:2025-02-15 11:00:00", "start_date": "d:2025-02-15", "start_time": "t:11:00:00",
        "end_datetime": "dt:2025-02-15 11:50:00", "end_date": "d:2025-02-15", "end_time": "t:11:50:00",
        "duration": "dur:2710", "distance": "n:5",
        "start_lat": "n:48.85", "start_lon": "n:2.35", "end_lat": "n:48.85", "end_lon": "n:2.35",
        "operator": "s:Covoit Express", "operator_passenger_id": "s:p-6", "passenger_identity_key": "s:pk-6",
        "operator_driver_id": "s:d-6", "driver_identity_key": "s:dk-6", "driver_revenue": "n:1",
        "passenger_contribution": "n:1", "passenger_seats": "n:3", "cee_application": "b:false",
        "incentive_type": "s:normal",
    ]

    /// A booster day of campaign 459 (00:30 on 2025-03-11 in Paris), four validated registry
    /// incentives of which the first three by campaign, one operator incentive.
    static let trip1005: [String: String] = [
        "journey_id": "n:1005", "operator_trip_id": "s:trip-5", "operator_journey_id": "s:j-5",
        "operator_class": "s:C", "status": "s:ok",
        "start_datetime": "dt:2025-03-11 00:30:00", "start_date": "d:2025-03-11", "start_time": "t:00:30:00",
        "end_datetime": "dt:2025-03-11 00:50:00", "end_date": "d:2025-03-11", "end_time": "t:00:50:00",
        "duration": "dur:1200", "distance": "n:8",
        "start_lat": "n:45.75", "start_lon": "n:4.85", "end_lat": "n:45.76", "end_lon": "n:4.86",
        "operator": "s:Covoit Express", "operator_passenger_id": "s:p-5", "passenger_identity_key": "s:pk-5",
        "operator_driver_id": "s:d-5", "driver_identity_key": "s:dk-5", "driver_revenue": "n:1.5",
        "passenger_contribution": "n:1.2", "passenger_seats": "n:1", "cee_application": "b:false",
        "incentive_type": "s:booster",
        "incentive_0_siret": "s:11111111100011", "incentive_0_name": "s:Covoit Express SAS",
        "incentive_0_amount": "n:0.75",
        "incentive_rpc_0_campaign_id": "n:459", "incentive_rpc_0_campaign_name": "s:Lyon covoit",
        "incentive_rpc_0_siret": "s:24690000100017", "incentive_rpc_0_name": "s:Métropole de Lyon",
        "incentive_rpc_0_amount": "n:2",
        "incentive_rpc_1_campaign_id": "n:460", "incentive_rpc_1_campaign_name": "s:Points Lyon",
        "incentive_rpc_1_siret": "s:24690000100017", "incentive_rpc_1_name": "s:Métropole de Lyon",
        "incentive_rpc_2_campaign_id": "n:461", "incentive_rpc_2_campaign_name": "s:Ain covoit",
        "incentive_rpc_2_siret": "s:22000100100015", "incentive_rpc_2_name": "s:Département de l'Ain",
        "incentive_rpc_2_amount": "n:3",
    ].merging(lyon("start")) { $1 }.merging(lyon("end")) { $1 }

    /// The spring clock change: 01:55 CET is written 02:00, the end 03:35 CEST is 03:40.
    static let trip1004: [String: String] = [
        "journey_id": "n:1004", "operator_trip_id": "s:trip-4", "operator_journey_id": "s:j-4",
        "operator_class": "s:B", "status": "s:pending",
        "start_datetime": "dt:2025-03-30 02:00:00", "start_date": "d:2025-03-30", "start_time": "t:02:00:00",
        "end_datetime": "dt:2025-03-30 03:40:00", "end_date": "d:2025-03-30", "end_time": "t:03:40:00",
        "duration": "dur:2400", "distance": "n:25",
        "start_lat": "n:45.77", "start_lon": "n:4.83", "end_lat": "n:46.1", "end_lon": "n:5.2",
        "end_insee": "s:01001", "end_commune": "s:Abergement", "end_departement": "s:Ain",
        "end_epci": "s:CC de la Dombes", "end_region": "s:Auvergne-Rhône-Alpes", "end_pays": "s:France",
        "operator": "s:Covoit Express", "operator_passenger_id": "s:p-4", "passenger_identity_key": "s:pk-4",
        "operator_driver_id": "s:d-4", "driver_identity_key": "s:dk-4", "driver_revenue": "n:3",
        "passenger_contribution": "n:2.5", "passenger_seats": "n:1", "cee_application": "b:true",
        "incentive_type": "s:normal",
    ].merging(lyon("start")) { $1 }

    /// The place columns of Lyon's latest year for `side` (`start` or `end`).
    private static func lyon(_ side: String) -> [String: String] {
        [
            "\(side)_insee": "s:69123", "\(side)_commune": "s:Lyon", "\(side)_departement": "s:Rhône",
            "\(side)_epci": "s:Métropole de Lyon", "\(side)_aom": "s:SYTRAL Mobilités",
            "\(side)_region": "s:Auvergne-Rhône-Alpes", "\(side)_pays": "s:France",
        ]
    }

    /// The expected row of `trip` for `columns`, nil for an empty cell.
    static func row(_ trip: [String: String], columns: [String]) -> [String?] {
        columns.map { trip[$0] }
    }

    /// The same row as CSV text: tags removed, booleans `OUI`/`NON`, durations `hh:mm:ss`.
    static func csvRow(_ trip: [String: String], columns: [String]) -> [String] {
        columns.map { column in
            guard let cell = trip[column] else { return "" }
            let value = String(cell.drop { $0 != ":" }.dropFirst())
            if cell.hasPrefix("b:") { return value == "true" ? "OUI" : "NON" }
            if cell.hasPrefix("dur:"), let seconds = Int(value) {
                return [seconds / 3600, seconds / 60 % 60, seconds % 60].map { $0 < 10 ? "0\($0)" : "\($0)" }
                    .joined(separator: ":")
            }
            return value
        }
    }
}
