/// The regions, départements and cities the synthetic geography is built from: real INSEE
/// codes, names, rough positions, populations and surfaces (km²) of fifteen départements, from
/// Paris to the Creuse, three of them split into municipal arrondissements, five on a border.
enum DepartmentCatalogue {
    /// Region names by INSEE code.
    static let regions: [String: String] = [
        "11": "Île-de-France", "84": "Auvergne-Rhône-Alpes", "93": "Provence-Alpes-Côte d'Azur", "53": "Bretagne",
        "32": "Hauts-de-France", "44": "Grand Est", "76": "Occitanie", "94": "Corse", "75": "Nouvelle-Aquitaine",
    ]

    /// The mobility authority of Île-de-France, for every commune of the region.
    static let ileDeFranceMobilites = "Île-de-France Mobilités"
    private static let grandParis = "Métropole du Grand Paris"
    private static let lyon = "Métropole de Lyon"
    private static let aixMarseille = "Métropole d'Aix-Marseille-Provence"

    /// The départements, each with its cities and the villages to generate around the first.
    static let departments: [DepartmentSpec] = [
        DepartmentSpec(
            code: "75", name: "Paris", region: "11", basin: "IDF", river: "Seine", pays: "Paris",
            cities: [
                CitySpec(
                    code: "75056", name: "Paris", latitude: 48.8566, longitude: 2.3522, population: 2_103_778,
                    surface: 105.4, epci: grandParis, aom: ileDeFranceMobilites, arrondissements: (75101, 20))
            ], villages: 0, villagePopulation: 0...0),
        DepartmentSpec(
            code: "92", name: "Hauts-de-Seine", region: "11", basin: "IDF", river: "Seine", pays: "Hurepoix",
            cities: [
                CitySpec(
                    code: "92012", name: "Boulogne-Billancourt", latitude: 48.8397, longitude: 2.2399,
                    population: 121_583, surface: 6.17, epci: grandParis, aom: ileDeFranceMobilites),
                CitySpec(
                    code: "92050", name: "Nanterre", latitude: 48.8924, longitude: 2.2071,
                    population: 96_277, surface: 12.19, epci: grandParis, aom: ileDeFranceMobilites),
                CitySpec(
                    code: "92026", name: "Courbevoie", latitude: 48.8973, longitude: 2.2522,
                    population: 82_198, surface: 4.17, epci: grandParis, aom: ileDeFranceMobilites),
            ], villages: 0, villagePopulation: 0...0),
        DepartmentSpec(
            code: "77", name: "Seine-et-Marne", region: "11", basin: "IDF", river: "Marne", pays: "Brie",
            cities: [
                CitySpec(
                    code: "77288", name: "Melun", latitude: 48.5421, longitude: 2.6554, population: 41_141,
                    surface: 8.04, epci: "CA Melun Val de Seine", aom: ileDeFranceMobilites)
            ], villages: 24, villagePopulation: 150...4_000),
        DepartmentSpec(
            code: "69", name: "Rhône", region: "84", basin: "69", river: "Saône", pays: "Beaujolais",
            cities: [
                CitySpec(
                    code: "69123", name: "Lyon", latitude: 45.7640, longitude: 4.8357, population: 522_250,
                    surface: 47.87, epci: lyon, aom: "SYTRAL Mobilités", arrondissements: (69381, 9)),
                CitySpec(
                    code: "69266", name: "Villeurbanne", latitude: 45.7719, longitude: 4.8902,
                    population: 156_928, surface: 14.52, epci: lyon, aom: "SYTRAL Mobilités"),
            ], villages: 18, villagePopulation: 300...6_000),
        DepartmentSpec(
            code: "38", name: "Isère", region: "84", basin: "38", river: "Isère", pays: "Trièves",
            cities: [
                CitySpec(
                    code: "38185", name: "Grenoble", latitude: 45.1885, longitude: 5.7245, population: 156_659,
                    surface: 18.13, epci: "Grenoble-Alpes-Métropole", aom: nil)
            ], villages: 22, villagePopulation: 100...3_500),
        DepartmentSpec(
            code: "74", name: "Haute-Savoie", region: "84", basin: "74", river: "Arve", pays: "Chablais",
            cities: [
                CitySpec(
                    code: "74012", name: "Annemasse", latitude: 46.1934, longitude: 6.2342, population: 37_500,
                    surface: 4.98, epci: "Annemasse Agglo", aom: nil),
                CitySpec(
                    code: "74010", name: "Annecy", latitude: 45.8992, longitude: 6.1294, population: 131_272,
                    surface: 66.94, epci: "CA du Grand Annecy", aom: nil),
            ], villages: 16, villagePopulation: 200...5_000,
            abroad: [AbroadSpec(country: "99140", countryName: "Suisse", latitude: 46.2044, longitude: 6.1432)]),
        DepartmentSpec(
            code: "13", name: "Bouches-du-Rhône", region: "93", basin: "13", river: "Durance", pays: "Provence",
            cities: [
                CitySpec(
                    code: "13055", name: "Marseille", latitude: 43.2965, longitude: 5.3698, population: 873_076,
                    surface: 240.62, epci: aixMarseille, aom: nil, arrondissements: (13201, 16)),
                CitySpec(
                    code: "13001", name: "Aix-en-Provence", latitude: 43.5297, longitude: 5.4474,
                    population: 147_478, surface: 186.08, epci: aixMarseille, aom: nil),
            ], villages: 12, villagePopulation: 500...9_000),
        DepartmentSpec(
            code: "35", name: "Ille-et-Vilaine", region: "53", basin: "35", river: "Vilaine", pays: "Brocéliande",
            cities: [
                CitySpec(
                    code: "35238", name: "Rennes", latitude: 48.1173, longitude: -1.6778, population: 225_081,
                    surface: 50.39, epci: "Rennes Métropole", aom: nil)
            ], villages: 22, villagePopulation: 200...4_000),
        DepartmentSpec(
            code: "29", name: "Finistère", region: "53", basin: "29", river: "Aulne", pays: "Léon",
            cities: [
                CitySpec(
                    code: "29232", name: "Quimper", latitude: 47.9960, longitude: -4.1024, population: 63_929,
                    surface: 84.45, epci: "Quimper Bretagne Occidentale", aom: nil),
                CitySpec(
                    code: "29019", name: "Brest", latitude: 48.3904, longitude: -4.4861, population: 139_619,
                    surface: 49.51, epci: "Brest Métropole", aom: nil),
            ], villages: 20, villagePopulation: 150...3_000),
        DepartmentSpec(
            code: "59", name: "Nord", region: "32", basin: "59", river: "Lys", pays: "Pévèle",
            cities: [
                CitySpec(
                    code: "59350", name: "Lille", latitude: 50.6292, longitude: 3.0573, population: 236_710,
                    surface: 34.83, epci: "Métropole Européenne de Lille", aom: nil)
            ], villages: 20, villagePopulation: 300...8_000,
            abroad: [
                AbroadSpec(country: "99131", countryName: "Belgique", latitude: 50.7440, longitude: 3.2140),
                AbroadSpec(country: "99131", countryName: "Belgique", latitude: 50.6056, longitude: 3.3889),
            ]),
        DepartmentSpec(
            code: "67", name: "Bas-Rhin", region: "44", basin: "67", river: "Ill", pays: "Kochersberg",
            cities: [
                CitySpec(
                    code: "67482", name: "Strasbourg", latitude: 48.5734, longitude: 7.7521, population: 291_313,
                    surface: 78.26, epci: "Eurométropole de Strasbourg", aom: nil)
            ], villages: 18, villagePopulation: 300...5_000,
            abroad: [AbroadSpec(country: "99109", countryName: "Allemagne", latitude: 48.5730, longitude: 7.8150)]),
        DepartmentSpec(
            code: "57", name: "Moselle", region: "44", basin: "57", river: "Moselle", pays: "Saulnois",
            cities: [
                CitySpec(
                    code: "57463", name: "Metz", latitude: 49.1193, longitude: 6.1757, population: 120_874,
                    surface: 41.94, epci: "Metz Métropole", aom: nil)
            ], villages: 20, villagePopulation: 150...3_500,
            abroad: [
                AbroadSpec(country: "99137", countryName: "Luxembourg", latitude: 49.6116, longitude: 6.1319),
                AbroadSpec(country: "99109", countryName: "Allemagne", latitude: 49.2402, longitude: 6.9969),
            ]),
        DepartmentSpec(
            code: "31", name: "Haute-Garonne", region: "76", basin: "31", river: "Garonne", pays: "Lauragais",
            cities: [
                CitySpec(
                    code: "31555", name: "Toulouse", latitude: 43.6047, longitude: 1.4442, population: 504_078,
                    surface: 118.3, epci: "Toulouse Métropole", aom: "Tisséo Collectivités")
            ], villages: 20, villagePopulation: 150...5_000),
        DepartmentSpec(
            code: "2A", name: "Corse-du-Sud", region: "94", basin: "2A", river: "Gravona", pays: "Cinarca",
            cities: [
                CitySpec(
                    code: "2A004", name: "Ajaccio", latitude: 41.9192, longitude: 8.7386, population: 73_887,
                    surface: 82.03, epci: "CA du Pays Ajaccien", aom: nil)
            ], villages: 14, villagePopulation: 40...1_500),
        DepartmentSpec(
            code: "23", name: "Creuse", region: "75", basin: "23", river: "Creuse", pays: "Combraille",
            cities: [
                CitySpec(
                    code: "23096", name: "Guéret", latitude: 46.1710, longitude: 1.8716, population: 12_897,
                    surface: 26.2, epci: "CA du Grand Guéret", aom: nil)
            ], villages: 25, villagePopulation: 40...700),
    ]
}
