package import ExportModels
import Foundation

/// The French Markdown description of a published month (docs/opendata.md §7): the period, that trips
/// starting or ending abroad are included, the counts, and the rule that removed trips.
package enum OpendataDescription {
    private static let monthNames = [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre",
    ]

    /// The description of `month` with `stats`, for the threshold `minOccurrences`.
    package static func markdown(month: ParisMonth, stats: OpendataStats, minOccurrences: Int) -> String {
        let name = "\(monthNames[month.month - 1]) \(month.year)"
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = ParisMonth.zone
        let lastDay = calendar.component(.day, from: month.end.addingTimeInterval(-1))
        let rows: [(String, Int)] = [
            ("Trajets validés du mois", stats.countTotal),
            ("Retirés au premier passage : commune de départ trop rare", stats.countRemovedStart),
            ("Retirés au premier passage : commune d'arrivée trop rare", stats.countRemovedEnd),
            (
                "dont communes de départ et d'arrivée trop rares (comptés dans les deux lignes précédentes)",
                stats.countRemovedBoth
            ),
            ("Retirés au premier passage (départ + arrivée − les deux)", stats.countRemovedFirstPass),
            ("Retirés aux passages suivants", stats.countRemovedLater),
            ("Total des trajets retirés", stats.countRemoved),
            ("**Trajets publiés**", stats.countExposed),
        ]
        let table = rows.map { "| \($0.0) | \(group($0.1)) |" }.joined(separator: "\n")
        return """
            Trajets réalisés en covoiturage en \(name), du 1er au \(lastDay) \(name) inclus (heure de Paris), \
            issus du Registre de preuve de covoiturage. Un trajet appartient au mois de son heure de départ.

            Seuls les trajets validés (ni fraude ni anomalie détectée) sont publiés. Les trajets dont le départ \
            ou l'arrivée se situe à l'étranger sont inclus (code pays en `99xxx`, nom du pays renseigné).

            | | Trajets |
            |---|---:|
            \(table)

            **Règle d'anonymisation** : dans le fichier, chaque commune (code INSEE) de départ et chaque commune \
            d'arrivée apparaît au moins \(minOccurrences) fois. Les trajets dont la commune de départ ou la \
            commune d'arrivée apparaît moins de \(minOccurrences) fois sont retirés ; le comptage est refait sur \
            les trajets restants, et ainsi de suite jusqu'à ce qu'aucune commune ne soit sous ce seuil.

            Les horaires sont arrondis aux 10 minutes supérieures et les coordonnées tronquées (3 décimales dans \
            les communes de plus de 40 habitants par km², 2 ailleurs) ; le fichier ne contient ni identifiant \
            d'opérateur, ni donnée personnelle, ni montant.
            """
    }

    /// `1234567` as `1 234 567`, French digit grouping.
    static func group(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped.append(" ") }
            grouped.append(digit)
        }
        return value < 0 ? "-" + grouped : grouped
    }
}
