/// The territories: overlapping perimeters of every selector type, and one without any.
enum TerritoryCatalogue {
    /// Five territories.
    static let territories: [TerritorySpec] = [
        TerritorySpec(
            id: 1, name: "Métropole de Lyon", company: "Métropole de Lyon",
            selectors: [
                ("epci", .organisation("Métropole de Lyon")), ("arr", .code("69381")), ("arr", .code("69382")),
                ("com", .villagesOutside(dep: "69", epci: "Métropole de Lyon", count: 2)),
            ]),
        TerritorySpec(
            id: 2, name: "Région Auvergne-Rhône-Alpes", company: "Région Auvergne-Rhône-Alpes",
            selectors: [("reg", .code("84"))]),
        TerritorySpec(
            id: 3, name: "Île-de-France Mobilités", company: "Île-de-France Mobilités",
            selectors: [
                ("aom", .organisation("Île-de-France Mobilités")), ("dep", .code("77")), ("dep", .code("92")),
            ]),
        TerritorySpec(
            id: 4, name: "Pôle métropolitain du Genevois français", company: "Pôle métropolitain du Genevois français",
            selectors: [
                ("epci", .organisation("Annemasse Agglo")), ("country", .code("99140")),
                ("com", .villagesOutside(dep: "74", epci: "Annemasse Agglo", count: 3)),
            ]),
        TerritorySpec(
            id: 5, name: "Communauté de communes des Hautes Terres", company: "CC des Hautes Terres",
            selectors: []),
    ]
}
