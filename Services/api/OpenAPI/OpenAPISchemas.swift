import ExportModels

/// The schemas of the OpenAPI document: the bodies the API reads and writes, with the
/// constraints the server enforces (docs/validation.md): the time zones it knows, the shape of
/// instants and geographic codes, the lengths and the bounds.
enum OpenAPISchemas {
    /// The time zones `tz` accepts, as a JSON array.
    private static let zones: String = {
        let names = TimeZones.accepted.sorted()
        return "[" + names.map { "\"\($0)\"" }.joined(separator: ", ") + "]"
    }()

    /// An RFC 3339 date-time with its offset (docs/validation.md §2).
    private static let instant = #"""
        {"type": "string", "format": "date-time",
         "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:?[0-9]{2})$",
         "description": "RFC 3339 avec décalage ; période bornée par EXPORT_MIN_START_DAYS et EXPORT_MAX_END_DAYS (400 sinon)"}
        """#

    /// The raw values of `cases` as a JSON array, so that the document lists exactly the values of
    /// the code's enums: `["xlsx", "csv"]`.
    private static func values<Value: CaseIterable & RawRepresentable<String>>(of _: Value.Type) -> String {
        "[" + Value.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ") + "]"
    }

    /// A list of geographic codes of the format `pattern` (docs/validation.md §6).
    private static func codes(_ pattern: String) -> String {
        #"{"type": "array", "maxItems": 1000, "items": {"type": "string", "pattern": "\#(pattern)"}}"#
    }

    /// The `components.schemas` object.
    static let text = """
        {
          "Error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "object",
            "required": ["code", "message", "details"], "properties": {
              "code": {"enum": ["unauthorized", "forbidden", "not_found", "method_not_allowed", "validation_failed",
                                "conflict", "gone", "payload_too_large", "rate_limited", "selection_too_heavy",
                                "unavailable", "internal"]},
              "message": {"type": "string"},
              "request_id": {"type": "string", "description": "X-Request-Id de la requête, à citer au support"},
              "details": {"type": "array", "items": {"type": "object", "required": ["field", "message"],
                "properties": {"field": {"type": "string"}, "message": {"type": "string"}}}}}}}},
          "DownloadLink": {"type": "object", "required": ["url", "expires_at"], "properties": {
            "url": {"type": "string", "format": "uri"}, "expires_at": {"type": "string", "format": "date-time"}}},
          "Status": {"enum": \(values(of: ExportStatus.self))},
          "GeoSelector": {"type": "object", "additionalProperties": false, "properties": {
            "arr": \(codes("^[0-9AB]{5}$")), "com": \(codes("^[0-9AB]{5}$")),
            "epci": \(codes("^[0-9]{9}$")), "aom": \(codes("^[0-9]{9}$")),
            "dep": \(codes("^[0-9AB]{2,3}$")), "reg": \(codes("^[0-9]{2}$")),
            "country": \(codes("^[0-9A-Z]{5}$"))}},
          "CreateExport": {"type": "object", "additionalProperties": false, "required": ["start_at", "end_at"], "properties": {
            "start_at": \(instant), "end_at": \(instant),
            "tz": {"enum": \(zones), "default": "Europe/Paris"}, "format": {"enum": \(values(of: ExportFormat.self)), "default": "xlsx"},
            "operator_id": {"type": "array", "maxItems": 128, "items": {"type": "integer", "minimum": 1, "maximum": 2147483647}},
            "territory_id": {"type": "array", "maxItems": 64, "items": {"type": "integer", "minimum": 1, "maximum": 2147483647}},
            "geo_selector": {"$ref": "#/components/schemas/GeoSelector"},
            "recipients": {"type": "array", "maxItems": 24, "items": {"$ref": "#/components/schemas/Recipient"}}}},
          "Recipient": {"type": "string", "minLength": 3, "maxLength": 460,
            "description": "adresse e-mail, ou « Nom <adresse> » (nom de 200 caractères au plus)",
            "examples": ["jeanne.martin@example.org", "Jeanne Martin <jeanne.martin@example.org>"]},
          "Params": {"type": "object", "required": ["start_at", "end_at", "tz", "operator_id", "territory_id", "geo_selector"],
            "properties": {"start_at": {"type": "string"}, "end_at": {"type": "string"}, "tz": {"type": "string"},
              "operator_id": {"type": "array", "items": {"type": "integer"}},
              "territory_id": {"type": "array", "items": {"type": "integer"}},
              "geo_selector": {"$ref": "#/components/schemas/GeoSelector"}, "month": {"type": "string"}}},
          "Export": {"type": "object", "required": ["uuid", "type", "status", "progress", "format", "created_by", "created_at",
              "updated_at", "params", "recipients", "stats", "error", "expires_at", "links"], "properties": {
            "uuid": {"type": "string", "format": "uuid"},
            "type": {"enum": \(values(of: ExportType.self))},
            "status": {"$ref": "#/components/schemas/Status"},
            "progress": {"type": "integer", "minimum": 0, "maximum": 100},
            "format": {"enum": \(values(of: ExportFormat.self))}, "created_by": {"type": "string"},
            "created_at": {"type": "string", "format": "date-time"}, "updated_at": {"type": "string", "format": "date-time"},
            "params": {"$ref": "#/components/schemas/Params"},
            "recipients": {"type": "array", "items": {"type": "object", "required": ["email", "fullname"],
              "properties": {"email": {"type": "string"}, "fullname": {"type": "string"}}}},
            "stats": {"oneOf": [{"type": "null"}, {"$ref": "#/components/schemas/Stats"}]},
            "error": {"oneOf": [{"type": "null"}, {"$ref": "#/components/schemas/Failure"}]},
            "expires_at": {"type": ["string", "null"], "format": "date-time"},
            "links": {"type": "object", "required": ["self", "download"],
              "properties": {"self": {"type": "string"}, "download": {"type": "string"}}}}},
          "Stats": {"type": "object", "required": ["rows", "sheets", "file_size"],
            "description": "compteurs du fichier ; les exports open data y ajoutent ceux de docs/opendata.md §4",
            "properties": {"rows": {"type": "integer", "minimum": 0}, "sheets": {"type": "integer", "minimum": 0},
              "file_size": {"type": "integer", "minimum": 0}, "duration_ms": {"type": "integer", "minimum": 0},
              "published": {"type": "boolean"}},
            "additionalProperties": {"type": ["integer", "boolean", "string"]}},
          "Failure": {"type": "object", "required": ["message", "phase", "attempt"], "properties": {
            "message": {"type": "string"}, "phase": {"type": "string"}, "attempt": {"type": "integer", "minimum": 1}}},
          "ExportPage": {"type": "object", "required": ["data", "next_cursor"], "properties": {
            "data": {"type": "array", "items": {"$ref": "#/components/schemas/Export"}},
            "next_cursor": {"type": ["string", "null"]}}},
          "Estimate": {"type": "object", "required": ["rows", "sheets", "max_rows"], "properties": {
            "rows": {"type": "integer"}, "sheets": {"type": "integer"}, "max_rows": {"type": "integer"}}},
          "SendRequest": {"type": "object", "additionalProperties": false, "properties": {
            "recipients": {"type": "array", "maxItems": 24, "items": {"$ref": "#/components/schemas/Recipient"}},
            "message": {"type": "string", "maxLength": 1000}}},
          "Queued": {"type": "object", "required": ["queued"], "properties": {"queued": {"type": "integer"}}},
          "LogPage": {"type": "object", "required": ["data", "next_cursor"], "properties": {"data": {"type": "array", "items": {
            "type": "object", "required": ["created_at", "type", "message"], "properties": {
              "created_at": {"type": "string"}, "type": {"type": "string"}, "message": {"type": "string"},
              "actor": {"type": ["string", "null"]}}}},
            "next_cursor": {"type": ["string", "null"]}}},
          "Probe": {"type": "object", "required": ["status"], "properties": {"status": {"type": "string"}}}
        }
        """
}
