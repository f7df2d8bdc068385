/// The schemas of the OpenAPI document: the bodies the API reads and writes.
enum OpenAPISchemas {
    /// The `components.schemas` object.
    static let text = """
        {
          "Error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "object",
            "required": ["code", "message", "details"], "properties": {
              "code": {"enum": ["unauthorized", "forbidden", "not_found", "validation_failed", "conflict", "gone",
                                "payload_too_large", "rate_limited", "unavailable", "internal"]},
              "message": {"type": "string"},
              "details": {"type": "array", "items": {"type": "object", "required": ["field", "message"],
                "properties": {"field": {"type": "string"}, "message": {"type": "string"}}}}}}}},
          "DownloadLink": {"type": "object", "required": ["url", "expires_at"], "properties": {
            "url": {"type": "string", "format": "uri"}, "expires_at": {"type": "string", "format": "date-time"}}},
          "Status": {"enum": ["pending", "processing", "uploading", "sending", "success", "error", "canceled", "expired"]},
          "GeoSelector": {"type": "object", "additionalProperties": false, "properties": {
            "arr": {"type": "array", "items": {"type": "string"}}, "com": {"type": "array", "items": {"type": "string"}},
            "epci": {"type": "array", "items": {"type": "string"}}, "aom": {"type": "array", "items": {"type": "string"}},
            "dep": {"type": "array", "items": {"type": "string"}}, "reg": {"type": "array", "items": {"type": "string"}},
            "country": {"type": "array", "items": {"type": "string"}}}},
          "CreateExport": {"type": "object", "additionalProperties": false, "required": ["start_at", "end_at"], "properties": {
            "start_at": {"type": "string", "format": "date-time"}, "end_at": {"type": "string", "format": "date-time"},
            "tz": {"type": "string"}, "format": {"enum": ["xlsx", "csv"]},
            "operator_id": {"type": "array", "maxItems": 128, "items": {"type": "integer", "minimum": 1}},
            "territory_id": {"type": "array", "maxItems": 64, "items": {"type": "integer", "minimum": 1}},
            "geo_selector": {"$ref": "#/components/schemas/GeoSelector"},
            "recipients": {"type": "array", "maxItems": 24, "items": {"type": "string"}}}},
          "Params": {"type": "object", "required": ["start_at", "end_at", "tz", "operator_id", "territory_id", "geo_selector"],
            "properties": {"start_at": {"type": "string"}, "end_at": {"type": "string"}, "tz": {"type": "string"},
              "operator_id": {"type": "array", "items": {"type": "integer"}},
              "territory_id": {"type": "array", "items": {"type": "integer"}},
              "geo_selector": {"$ref": "#/components/schemas/GeoSelector"}, "month": {"type": "string"}}},
          "Export": {"type": "object", "required": ["uuid", "type", "status", "progress", "format", "created_by", "created_at",
              "updated_at", "params", "recipients", "stats", "error", "expires_at", "links"], "properties": {
            "uuid": {"type": "string", "format": "uuid"},
            "type": {"enum": ["operator", "territory", "registry", "opendata"]},
            "status": {"$ref": "#/components/schemas/Status"},
            "progress": {"type": "integer", "minimum": 0, "maximum": 100},
            "format": {"enum": ["xlsx", "csv"]}, "created_by": {"type": "string"},
            "created_at": {"type": "string", "format": "date-time"}, "updated_at": {"type": "string", "format": "date-time"},
            "params": {"$ref": "#/components/schemas/Params"},
            "recipients": {"type": "array", "items": {"type": "object", "required": ["email", "fullname"],
              "properties": {"email": {"type": "string"}, "fullname": {"type": "string"}}}},
            "stats": {"type": ["object", "null"]}, "error": {"type": ["object", "null"]},
            "expires_at": {"type": ["string", "null"], "format": "date-time"},
            "links": {"type": "object", "required": ["self", "download"],
              "properties": {"self": {"type": "string"}, "download": {"type": "string"}}}}},
          "ExportPage": {"type": "object", "required": ["data", "next_cursor"], "properties": {
            "data": {"type": "array", "items": {"$ref": "#/components/schemas/Export"}},
            "next_cursor": {"type": ["string", "null"]}}},
          "Estimate": {"type": "object", "required": ["rows", "sheets", "max_rows"], "properties": {
            "rows": {"type": "integer"}, "sheets": {"type": "integer"}, "max_rows": {"type": "integer"}}},
          "SendRequest": {"type": "object", "additionalProperties": false, "properties": {
            "recipients": {"type": "array", "maxItems": 24, "items": {"type": "string"}},
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
