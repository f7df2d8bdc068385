import ExportModels
import Foundation

/// The scope of an export in French words, as the help sheet and LISEZMOI state it.
struct ExportScope {
    let request: TripExportRequest
    let rows: Int

    /// `opérateur`, `territoire` or `registre`.
    var typeName: String {
        switch request.type {
        case .operator: "opérateur"
        case .territory: "territoire"
        case .registry: "registre"
        case .opendata: "données ouvertes"
        }
    }

    /// The period, end excluded, in the export's zone.
    var period: String {
        "du \(localText(request.params.startAt)) au \(localText(request.params.endAt)) (fin exclue)"
    }

    /// The operator and perimeter filters.
    var filters: String {
        var parts: [String] = []
        let operators = request.params.operatorIDs
        if !operators.isEmpty {
            parts.append(
                "opérateur\(operators.count > 1 ? "s" : "") n° " + operators.map(String.init).joined(separator: ", "))
        }
        let levels: [GeoLevel: String] = [
            .arr: "communes ou arrondissements", .com: "communes", .epci: "intercommunalités (EPCI)",
            .aom: "autorités organisatrices des mobilités", .dep: "départements", .reg: "régions", .country: "pays",
        ]
        let perimeter = request.params.geoSelector.codes.sorted { $0.key < $1.key }.map { level, codes in
            "\(levels[level] ?? level.rawValue) \(codes.joined(separator: ", "))"
        }
        if !perimeter.isEmpty {
            parts.append("trajets partant ou arrivant dans : " + perimeter.joined(separator: " ; "))
        }
        return parts.isEmpty ? "aucun (tous les trajets de la période)" : parts.joined(separator: " ; ")
    }

    /// The request's parameters as stored (`params`, docs/validation.md §9), so that the file
    /// says exactly what was ordered.
    var parameters: String { (try? request.params.json()) ?? "{}" }

    /// The date of generation, in the export's zone.
    var generated: String { localText(request.generatedAt) }

    /// The expiry date, in the export's zone.
    var expires: String { localText(request.expiresAt) }

    /// Whole days between generation and expiry.
    var availableDays: Int {
        Int((request.expiresAt.timeIntervalSince(request.generatedAt) / 86_400).rounded())
    }

    /// `rpc-export-{type}-{start}-{end}-{uuid8}` (docs/files.md §14), dates in the export's zone.
    var baseName: String {
        let uuid = request.uuid.uuidString.lowercased().prefix(8)
        return "rpc-export-\(request.type.rawValue)-\(localDate(request.params.startAt))-"
            + "\(localDate(request.params.endAt))-\(uuid)"
    }

    private var zone: TimeZone { TimeZone(identifier: request.params.tz) ?? TimeZone(identifier: "UTC")! }

    private func localText(_ date: Date) -> String {
        format(date, "yyyy-MM-dd HH:mm") + " (\(request.params.tz))"
    }

    private func localDate(_ date: Date) -> String { format(date, "yyyy-MM-dd") }

    private func format(_ date: Date, _ pattern: String) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = zone
        formatter.dateFormat = pattern
        return formatter.string(from: date)
    }
}
