import Foundation

/// Checks JSON values against the schemas of the API's OpenAPI document: `$ref`, `type` (one or
/// several), `enum`, `required`, `properties`, `additionalProperties: false`, `items`.
struct APIOpenAPIValidator {
    /// The parsed document.
    let document: [String: Any]

    /// Parses the document text.
    init(text: String) throws {
        document = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] ?? [:]
    }

    /// The `paths` object.
    var paths: [String: [String: Any]] { document["paths"] as? [String: [String: Any]] ?? [:] }

    /// Every `METHOD /path` the document describes.
    var operations: Set<String> {
        let methods: Set<String> = ["get", "post", "put", "patch", "delete"]
        return Set(
            paths.flatMap { path, item in item.keys.filter(methods.contains).map { "\($0.uppercased()) \(path)" } })
    }

    /// The problems of a response body of `method path` with `status`, empty when it conforms.
    func problems(_ body: Data, method: String, path: String, status: Int) -> [String] {
        let operation = paths[path]?[method.lowercased()] as? [String: Any]
        let responses = operation?["responses"] as? [String: Any] ?? [:]
        guard var response = (responses[String(status)] ?? responses["default"]) as? [String: Any] else {
            return ["\(method) \(path): status \(status) not documented"]
        }
        if let ref = response["$ref"] as? String { response = resolve(ref) }
        let content = response["content"] as? [String: Any]
        guard let schema = (content?["application/json"] as? [String: Any])?["schema"] as? [String: Any] else {
            return []
        }
        guard let value = try? JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed]) else {
            return ["\(method) \(path): body is not JSON"]
        }
        return check(value, against: schema, at: "$")
    }

    /// The problems of `value` against `schema`.
    func check(_ value: Any, against schema: [String: Any], at location: String) -> [String] {
        if let ref = schema["$ref"] as? String { return check(value, against: resolve(ref), at: location) }
        if let allowed = schema["enum"] as? [String] {
            return allowed.contains(value as? String ?? "\u{0}") ? [] : ["\(location): \(value) not in enum"]
        }
        let types = (schema["type"] as? [String]) ?? (schema["type"] as? String).map { [$0] } ?? []
        if !types.isEmpty, !types.contains(where: { Self.matches(value, $0) }) { return ["\(location): not \(types)"] }
        var problems: [String] = []
        if let object = value as? [String: Any] {
            let properties = schema["properties"] as? [String: [String: Any]] ?? [:]
            for key in schema["required"] as? [String] ?? [] where object[key] == nil {
                problems.append("\(location).\(key): missing")
            }
            for (key, item) in object {
                if let property = properties[key] {
                    problems += check(item, against: property, at: "\(location).\(key)")
                } else if schema["additionalProperties"] as? Bool == false {
                    problems.append("\(location).\(key): not allowed")
                }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (index, item) in array.enumerated() {
                problems += check(item, against: items, at: "\(location)[\(index)]")
            }
        }
        return problems
    }

    /// The object a local `$ref` points to.
    func resolve(_ ref: String) -> [String: Any] {
        ref.dropFirst(2).split(separator: "/").reduce(document as Any) { ($0 as? [String: Any])?[String($1)] ?? [:] }
            as? [String: Any] ?? [:]
    }

    /// True when `value` has the JSON `type`.
    static func matches(_ value: Any, _ type: String) -> Bool {
        switch type {
        case "null": value is NSNull
        case "string": value is String
        case "object": value is [String: Any]
        case "array": value is [Any]
        case "integer": (value as? NSNumber).map { $0.doubleValue == $0.doubleValue.rounded() } ?? false
        case "number": value is NSNumber
        default: false
        }
    }
}
