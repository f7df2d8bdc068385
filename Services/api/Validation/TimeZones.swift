import Foundation

/// The time zones an export may name in `tz` (docs/validation.md §4): the identifiers the
/// system's time-zone database lists, and `UTC`. One list for the validator and for the OpenAPI
/// document's `enum`, so that a client generated from the document sends only zones accepted.
enum TimeZones {
    /// Every accepted identifier.
    static let accepted: Set<String> = Set(TimeZone.knownTimeZoneIdentifiers + ["UTC"]).filter {
        TimeZone(identifier: $0) != nil
    }
}
