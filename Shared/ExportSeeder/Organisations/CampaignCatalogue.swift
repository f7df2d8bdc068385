/// Six campaigns: three with configuration files (459 and 460 with many booster days, 461
/// with a few), one counted in points, and overlapping territories so that a trip near Lyon can
/// earn four registry incentives, one more than the export shows.
enum CampaignCatalogue {
    /// The campaigns, by id.
    static let campaigns: [CampaignSpec] = [
        CampaignSpec(
            id: 459, name: "Lyon covoit' 2025-2027", territoryID: 1, unit: .euro, startDate: "2025-01-01",
            endDate: "2027-12-31",
            boosterDates: [
                "2025-01-14", "2025-02-11", "2025-03-11", "2025-04-08", "2025-05-13", "2025-06-10", "2025-07-08",
                "2025-08-12", "2025-09-09", "2025-10-14", "2025-11-11", "2025-12-09", "2026-01-13", "2026-02-10",
                "2026-03-10", "2026-04-14", "2026-05-12", "2026-06-09", "2026-07-14", "2026-08-11", "2026-09-08",
                "2026-10-13", "2026-11-10", "2026-12-08", "2027-01-12", "2027-02-09", "2027-03-09", "2027-04-13",
                "2027-05-11", "2027-06-08", "2027-07-13", "2027-08-10", "2027-09-14", "2027-10-12", "2027-11-09",
                "2027-12-14",
            ], hasConfigurationFile: true),
        CampaignSpec(
            id: 460, name: "Auvergne-Rhône-Alpes : points covoiturage", territoryID: 2, unit: .point,
            startDate: "2025-01-01", endDate: "2027-12-31",
            boosterDates: [
                "2025-02-07", "2025-03-07", "2025-04-04", "2025-06-06", "2025-08-01", "2025-10-03", "2025-12-05",
                "2026-02-06", "2026-03-06", "2026-04-03", "2026-06-05", "2026-08-07", "2026-10-02", "2026-12-04",
                "2027-02-05", "2027-03-05", "2027-04-02", "2027-06-04", "2027-08-06", "2027-10-01", "2027-12-03",
            ], hasConfigurationFile: true),
        CampaignSpec(
            id: 461, name: "Genevois français : covoiturage transfrontalier", territoryID: 4, unit: .euro,
            startDate: "2025-03-01", endDate: "2027-12-31",
            boosterDates: ["2025-06-17", "2026-03-19", "2026-10-15", "2027-01-28"], hasConfigurationFile: true),
        CampaignSpec(
            id: 462, name: "Île-de-France : covoiturage du quotidien", territoryID: 3, unit: .euro,
            startDate: "2025-01-01", endDate: "2027-12-31", boosterDates: [], hasConfigurationFile: false),
        CampaignSpec(
            id: 463, name: "Lyon : covoiturage de nuit", territoryID: 1, unit: .euro, startDate: "2025-01-01",
            endDate: "2027-12-31", boosterDates: [], hasConfigurationFile: false),
        CampaignSpec(
            id: 464, name: "Auvergne-Rhône-Alpes : covoiturage solidaire", territoryID: 2, unit: .euro,
            startDate: "2025-01-01", endDate: "2027-12-31", boosterDates: [], hasConfigurationFile: false),
    ]
}
