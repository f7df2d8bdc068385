import ExportFiles
import ExportModels
import Foundation

/// The texts that describe an export inside its ZIP: `LISEZMOI.txt` and the `Aide` sheet.
enum ExportDocuments {
    /// The scope lines shared by both: label and value.
    static func scopeLines(_ scope: ExportScope) -> [(String, String)] {
        [
            ("Type d'export", scope.typeName),
            ("Période", scope.period),
            ("Fuseau horaire des dates", scope.request.params.tz),
            ("Filtres", scope.filters),
            ("Nombre de lignes", String(scope.rows)),
            ("Date de génération", scope.generated),
            ("Référence de l'export", scope.request.uuid.uuidString.lowercased()),
            ("Paramètres de la demande", scope.parameters),
            ("Disponible jusqu'au", scope.expires),
        ]
    }

    /// The workbook's document properties: what the file is, shown by File > Properties.
    static func properties(_ scope: ExportScope) -> XlsxDocumentProperties {
        XlsxDocumentProperties(
            title: "Export \(scope.typeName) des trajets de covoiturage",
            subject: "Trajets \(scope.period)", creator: "Registre de preuve de covoiturage",
            created: scope.request.generatedAt)
    }

    /// The `Aide` sheet: the scope, then one row per column (name, description, unit).
    static func helpSheet(_ scope: ExportScope, fields: [FieldDescription]) -> XlsxHelpSheet {
        var rows = [["Registre de preuve de covoiturage : export des trajets"]]
        rows += scopeLines(scope).map { [$0.0, $0.1] }
        rows.append([])
        let headerIndex = rows.count
        rows.append(["Colonne", "Description", "Unité ou format"])
        rows += fields.map { [$0.column.rawValue, $0.description, $0.unit] }
        return XlsxHelpSheet(name: "Aide", rows: rows, boldRows: [0, headerIndex], widths: [30, 90, 40])
    }

    /// How to open the CSV in a spreadsheet set to French (docs/files.md §14): the encoding, the
    /// separator and the decimal point, each of which a French spreadsheet guesses wrong.
    static let frenchSpreadsheet = [
        "",
        "Ouvrir ce fichier dans un tableur réglé en français (LibreOffice Calc, Excel) :",
        "- jeu de caractères : UTF-8 (Unicode) ; sinon les lettres accentuées s'affichent mal ;",
        "- séparateur de colonnes : le point-virgule « ; » seulement (décochez virgule et tabulation) ;",
        "- séparateur décimal : le point « . » (12.5 veut dire douze et demi) ; un tableur français attend",
        "  une virgule et lirait ces nombres comme du texte ou des dates. LibreOffice : langue « Anglais",
        "  (États-Unis) » dans la fenêtre d'import ; Excel : Transformer les données, puis pour ces colonnes",
        "  Modifier le type > Utilisation des paramètres régionaux > Décimal, Anglais (États-Unis).",
    ]

    /// What LISEZMOI says of a CSV opened in a spreadsheet (docs/files.md §13): the values are
    /// written as they are, for programs, and some come from operators, so a cell may start with
    /// `=`, `+`, `-` or `@`, which a spreadsheet opening the file directly would run as a formula.
    static let spreadsheetWarning = [
        "",
        "Ce fichier CSV est destiné aux programmes : chaque valeur y est écrite telle quelle, sans modification.",
        "Certaines viennent des opérateurs (identifiants de trajet, clés d'identité, noms de campagne) et peuvent",
        "commencer par =, +, - ou @ : un tableur qui ouvre le fichier directement (double clic) les prendrait",
        "pour des formules et pourrait les exécuter. Pour le lire dans un tableur, importez-le en déclarant",
        "les colonnes de texte comme « Texte » :",
        "- LibreOffice Calc : Fichier > Ouvrir, séparateur « ; », puis sélectionner les colonnes et choisir",
        "  le type « Texte » ;",
        "- Excel : Données > À partir d'un fichier texte/CSV > Transformer les données, puis type « Texte »",
        "  pour ces colonnes.",
        "Ou commandez plutôt l'export au format XLSX, où aucune cellule n'est une formule.",
        "",
    ]

    /// `LISEZMOI.txt`, with CRLF line ends.
    static func readme(_ scope: ExportScope, dataFileName: String, format: ExportFormat, fields: [FieldDescription])
        -> String
    {
        var lines = [
            "Registre de preuve de covoiturage : export des trajets",
            "",
            "Ce fichier ZIP contient :",
            "- \(dataFileName) : les trajets, une ligne par couple passager-conducteur, triés par heure de départ ;",
            "- LISEZMOI.txt : ce texte.",
            "",
        ]
        lines += scopeLines(scope).map { "\($0.0) : \($0.1)" }
        lines += [
            "",
            "Le fichier reste disponible au téléchargement \(scope.availableDays) jours, jusqu'au \(scope.expires).",
            "",
        ]
        switch format {
        case .xlsx:
            lines.append(
                "Documentation des colonnes : onglet « Aide » du classeur (nom, description, unité ou format).")
            lines.append(
                "Au-delà de 1 048 575 lignes, les trajets continuent dans les onglets « Trajets (2) », « Trajets (3) »…"
            )
        case .csv:
            lines.append(
                "Format : séparateur « ; », UTF-8, décimales avec un point, booléens OUI/NON, dates AAAA-MM-JJ hh:mm:ss."
            )
            lines += frenchSpreadsheet
            lines += spreadsheetWarning
            lines.append("Documentation des colonnes (nom : description, unité ou format) :")
            lines += fields.map {
                "- \($0.column.rawValue) : \($0.description)\($0.unit.isEmpty ? "" : " (\($0.unit))")"
            }
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}
