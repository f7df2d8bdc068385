/// The operators, one of them with a `;` and quotes in its legal name (as CSV files must quote).
enum OperatorCatalogue {
    /// About ten operators of very different sizes.
    static let operators: [OperatorSpec] = [
        OperatorSpec(
            id: 3, name: "Covoit'Express", legalName: "COVOIT EXPRESS SAS", share: 30,
            classWeights: (2, 10, 88), identifiers: .uuid),
        OperatorSpec(
            id: 7, name: "Klaxo", legalName: "KLAXO SAS", share: 18,
            classWeights: (0, 15, 85), identifiers: .counter),
        OperatorSpec(
            id: 12, name: "RouleMaPoule", legalName: "ROULE MA POULE SCIC", share: 12,
            classWeights: (10, 20, 70), identifiers: .uuid),
        OperatorSpec(
            id: 15, name: "Trajet Commun", legalName: "TRAJET COMMUN SA", share: 10,
            classWeights: (0, 5, 95), identifiers: .counter),
        OperatorSpec(
            id: 21, name: "Pouce Solidaire", legalName: "Pouce Solidaire; \"Réseau d'autostop\" SCIC",
            share: 5, classWeights: (60, 30, 10), identifiers: .uuid),
        OperatorSpec(
            id: 26, name: "EcoRide Pro", legalName: "ECORIDE PRO SARL", share: 8,
            classWeights: (0, 30, 70), identifiers: .counter),
        OperatorSpec(
            id: 31, name: "Allô Voisins Covoit", legalName: "ALLO VOISINS COVOIT SAS", share: 6,
            classWeights: (5, 25, 70), identifiers: .uuid),
        OperatorSpec(
            id: 38, name: "Karpool", legalName: "KARPOOL FRANCE SAS", share: 5,
            classWeights: (0, 0, 100), identifiers: .counter),
        OperatorSpec(
            id: 42, name: "Mobicovoit", legalName: "MOBICOVOIT SCIC SA", share: 4,
            classWeights: (20, 40, 40), identifiers: .uuid),
        OperatorSpec(
            id: 57, name: "CityCar Partage", legalName: "CITYCAR PARTAGE SAS", share: 2,
            classWeights: (0, 50, 50), identifiers: .uuid),
    ]

    /// Employers that pay their staff for carpooling, declared in operator incentives.
    static let employers = [
        "Groupe Hospitalier Rhône-Sud", "Aérolyon Industries SAS", "Laboratoires Armor SA",
        "Transports Vallée de l'Arve", "Banque Mutuelle de Flandre", "Alsace Pharma SAS",
    ]
}
