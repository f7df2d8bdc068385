import ExportModels
import ExportOpendataFile
import Testing

/// The French Markdown description of a published month (docs/opendata.md §7) for a known set of counts.
@Suite struct OpendataDescriptionTests {
    private let stats = OpendataStats(
        countTotal: 1_234_567, countRemovedStart: 1_200, countRemovedEnd: 950, countRemovedBoth: 310,
        countRemovedLater: 42)

    private var text: String {
        OpendataDescription.markdown(month: ParisMonth("2025-02")!, stats: stats, minOccurrences: 6)
    }

    @Test func statesThePeriodInParisTime() {
        #expect(text.contains("février 2025, du 1er au 28 février 2025 inclus (heure de Paris)"))
    }

    @Test func saysTripsAbroadAreIncluded() {
        #expect(text.contains("Les trajets dont le départ ou l'arrivée se situe à l'étranger sont inclus"))
    }

    @Test func givesEveryCountInATable() {
        #expect(text.contains("| Trajets validés du mois | 1 234 567 |"))
        #expect(text.contains("| Retirés au premier passage : commune de départ trop rare | 1 200 |"))
        #expect(text.contains("| Retirés au premier passage : commune d'arrivée trop rare | 950 |"))
        #expect(
            text.contains(
                "| dont communes de départ et d'arrivée trop rares (comptés dans les deux lignes précédentes) | 310 |"))
        #expect(text.contains("| Retirés au premier passage (départ + arrivée − les deux) | 1 840 |"))
        #expect(text.contains("| Retirés aux passages suivants | 42 |"))
        #expect(text.contains("| Total des trajets retirés | 1 882 |"))
        #expect(text.contains("| **Trajets publiés** | 1 232 685 |"))
    }

    @Test func explainsTheRuleWithItsThreshold() {
        #expect(text.contains("apparaît au moins 6 fois"))
        #expect(text.contains("moins de 6 fois sont retirés"))
        #expect(text.contains("jusqu'à ce qu'aucune commune ne soit sous ce seuil"))
        let other = OpendataDescription.markdown(month: ParisMonth("2024-02")!, stats: stats, minOccurrences: 10)
        #expect(other.contains("au 29 février 2024") && other.contains("au moins 10 fois"))
    }
}
