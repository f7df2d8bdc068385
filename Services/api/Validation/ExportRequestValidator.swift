import ExportModels
import Foundation

/// Parses then checks a create body (docs/validation.md §1–7), collecting every failure with its field.
struct ExportRequestValidator: Sendable {
    /// The period allowed.
    var limits: DateLimits

    /// The operator and territory identifiers the registry's `integer` columns can hold.
    static let identifiers = 1...Int(Int32.max)

    /// `instant` without its fraction of a second (docs/validation.md §2): the stored parameters
    /// keep whole seconds, so the period checked, estimated, stored and built is the same one.
    static func wholeSecond(_ instant: Date) -> Date {
        Date(timeIntervalSince1970: instant.timeIntervalSince1970.rounded(.down))
    }

    /// The draft of `body`; throws a 400 listing every field at fault. `fallbackEmail` (the
    /// token's `email`) is the recipient when the body names none, and without either the body
    /// is refused unless `recipientsOptional` (admin commands); `force` skips the date limits.
    func validate(
        _ body: CreateExportBody, fallbackEmail: String?, recipientsOptional: Bool = false, force: Bool = false,
        now: Date = Date()
    ) throws -> ExportDraft {
        var problems: [APIError.Detail] = []
        func fail(_ field: String, _ message: String) { problems.append(.init(field: field, message: message)) }

        let tz = body.tz ?? "Europe/Paris"
        let zone = TimeZones.accepted.contains(tz) ? TimeZone(identifier: tz) : nil
        if zone == nil { fail("tz", "n'est pas un fuseau horaire IANA connu") }
        let format = ExportFormat(rawValue: body.format ?? "xlsx")
        if format == nil { fail("format", "doit valoir xlsx ou csv") }
        let start = RFC3339.instant(body.startAt).map(Self.wholeSecond)
        let end = RFC3339.instant(body.endAt).map(Self.wholeSecond)
        if start == nil { fail("start_at", "doit être une date RFC 3339 avec fuseau") }
        if end == nil { fail("end_at", "doit être une date RFC 3339 avec fuseau") }
        if let start, let end {
            if start >= end { fail("end_at", "doit être postérieur à start_at") }
            if !force, let zone {
                let bounds = limits.bounds(now: now, zone: zone)
                if start < bounds.earliestStart {
                    fail("start_at", "ne peut pas précéder de plus de \(limits.minStartDays) jours la date du jour")
                }
                if end > bounds.latestEnd {
                    fail("end_at", "doit précéder d'au moins \(limits.maxEndDays) jours la date du jour")
                }
            }
        }
        let operators = body.operatorID ?? []
        if operators.count > 128 { fail("operator_id", "ne peut pas contenir plus de 128 opérateurs") }
        if operators.contains(where: { !Self.identifiers.contains($0) }) {
            fail("operator_id", "doit contenir des entiers entre 1 et 2147483647")
        }
        let territories = body.territoryID ?? []
        if territories.count > 64 { fail("territory_id", "ne peut pas contenir plus de 64 territoires") }
        if territories.contains(where: { !Self.identifiers.contains($0) }) {
            fail("territory_id", "doit contenir des entiers entre 1 et 2147483647")
        }
        let selector = geoSelector(body.geoSelector ?? [:], fail: fail)
        let recipients = recipients(
            body.recipients ?? [], fallbackEmail: fallbackEmail, optional: recipientsOptional, fail: fail)

        guard problems.isEmpty, let start, let end, let format else { throw APIError.validation(problems) }
        return ExportDraft(
            params: ExportParams(
                startAt: start, endAt: end, tz: tz, operatorIDs: Array(Set(operators)).sorted(),
                territoryIDs: Array(Set(territories)).sorted(), geoSelector: selector),
            format: format, recipients: recipients)
    }

    /// The selector of `raw`, reporting unknown levels, malformed codes and too many codes.
    private func geoSelector(_ raw: [String: [String]], fail: (String, String) -> Void) -> GeoSelector {
        var codes: [GeoLevel: [String]] = [:]
        for (key, list) in raw.sorted(by: { $0.key < $1.key }) {
            guard let level = GeoLevel(rawValue: key) else {
                fail("geo_selector.\(key)", "n'est pas un niveau connu (arr, com, epci, aom, dep, reg, country)")
                continue
            }
            if let bad = list.firstIndex(where: { !GeoCodeRules.accepts($0, at: level) }) {
                fail("geo_selector.\(key)[\(bad)]", "n'a pas le format d'un code \(key)")
            }
            codes[level] = list
        }
        if codes.values.reduce(0, { $0 + $1.count }) > GeoCodeRules.maximumCodes {
            fail("geo_selector", "ne peut pas contenir plus de \(GeoCodeRules.maximumCodes) codes")
        }
        return GeoSelector(codes)
    }

    /// The merged recipients of `raw`, or the fallback address when there are none.
    private func recipients(
        _ raw: [String], fallbackEmail: String?, optional: Bool, fail: (String, String) -> Void
    ) -> [RecipientAddress] {
        var result = RecipientList.parse(raw, field: "recipients", fail: fail)
        if raw.isEmpty {
            if let address = fallbackEmail.flatMap(RecipientParser.normalisedEmail) {
                result = [RecipientAddress(email: address)]
            } else if !optional {
                fail("recipients", "au moins un destinataire est requis (aucune adresse dans le jeton)")
            }
        }
        return result
    }
}
