package import Foundation

/// A Swift type that can be built from a cell in PostgreSQL's text output format.
package protocol PostgresDecodable: Sendable {
    /// Decodes non-NULL text; throws a `PostgresError` of kind `.decoding` for text of another shape.
    init(postgresText bytes: UnsafeRawBufferPointer) throws
    /// The value a NULL cell decodes to, or nil when NULL is not allowed (every non-optional type).
    static var postgresNull: Self? { get }
}

extension PostgresDecodable {
    /// NULL is not allowed unless the type says otherwise.
    package static var postgresNull: Self? { nil }
}

extension Optional: PostgresDecodable where Wrapped: PostgresDecodable {
    /// Decodes the wrapped type.
    package init(postgresText bytes: UnsafeRawBufferPointer) throws {
        self = .some(try Wrapped(postgresText: bytes))
    }

    /// NULL decodes to nil.
    package static var postgresNull: Self? { .some(nil) }
}

extension String: PostgresDecodable {
    /// The UTF-8 text.
    package init(postgresText bytes: UnsafeRawBufferPointer) throws {
        self = String(decoding: bytes, as: UTF8.self)
    }
}

/// Parses a decimal integer from ASCII bytes without allocating.
private func parseInteger(_ bytes: UnsafeRawBufferPointer) throws -> Int64 {
    var index = 0
    var negative = false
    if bytes.count > 0, bytes[0] == UInt8(ascii: "-") {
        negative = true
        index = 1
    }
    guard index < bytes.count else { throw PostgresError(kind: .decoding, message: "empty integer") }
    var value: Int64 = 0
    while index < bytes.count {
        let digit = bytes[index]
        guard digit >= 48, digit <= 57 else {
            throw PostgresError(kind: .decoding, message: "not an integer: \(String(decoding: bytes, as: UTF8.self))")
        }
        let (multiplied, overflow1) = value.multipliedReportingOverflow(by: 10)
        let (added, overflow2) = multiplied.addingReportingOverflow(Int64(digit - 48))
        guard !overflow1, !overflow2 else { throw PostgresError(kind: .decoding, message: "integer overflow") }
        value = added
        index += 1
    }
    return negative ? -value : value
}

/// Narrows a parsed integer to a smaller type, refusing values out of its range.
private func narrow<Value: FixedWidthInteger>(_ bytes: UnsafeRawBufferPointer) throws -> Value {
    guard let value = Value(exactly: try parseInteger(bytes)) else {
        throw PostgresError(kind: .decoding, message: "integer out of range for \(Value.self)")
    }
    return value
}

extension Int: PostgresDecodable {
    /// Decodes `smallint`, `integer` or `bigint` text.
    package init(postgresText bytes: UnsafeRawBufferPointer) throws { self = try narrow(bytes) }
}

extension Int64: PostgresDecodable {
    /// Decodes `bigint` text.
    package init(postgresText bytes: UnsafeRawBufferPointer) throws { self = try parseInteger(bytes) }
}

extension Int32: PostgresDecodable {
    /// Decodes `integer` text.
    package init(postgresText bytes: UnsafeRawBufferPointer) throws { self = try narrow(bytes) }
}

extension Int16: PostgresDecodable {
    /// Decodes `smallint` text.
    package init(postgresText bytes: UnsafeRawBufferPointer) throws { self = try narrow(bytes) }
}

extension Double: PostgresDecodable {
    /// Decodes `double precision`, `real` or `numeric` text.
    package init(postgresText bytes: UnsafeRawBufferPointer) throws {
        guard let value = Double(String(decoding: bytes, as: UTF8.self)) else {
            throw PostgresError(kind: .decoding, message: "not a number: \(String(decoding: bytes, as: UTF8.self))")
        }
        self = value
    }
}

extension Bool: PostgresDecodable {
    /// Decodes `t` or `f`.
    package init(postgresText bytes: UnsafeRawBufferPointer) throws {
        switch bytes.first {
        case UInt8(ascii: "t"): self = true
        case UInt8(ascii: "f"): self = false
        default: throw PostgresError(kind: .decoding, message: "not a boolean")
        }
    }
}

extension UUID: PostgresDecodable {
    /// Decodes the canonical text form.
    package init(postgresText bytes: UnsafeRawBufferPointer) throws {
        guard let value = UUID(uuidString: String(decoding: bytes, as: UTF8.self)) else {
            throw PostgresError(kind: .decoding, message: "not a uuid")
        }
        self = value
    }
}

extension Date: PostgresDecodable {
    /// Decodes `timestamptz` (or `date`) text of a connection set to UTC and ISO dates.
    package init(postgresText bytes: UnsafeRawBufferPointer) throws {
        guard let value = PostgresTimestamp.parse(bytes) else {
            throw PostgresError(kind: .decoding, message: "not a timestamp: \(String(decoding: bytes, as: UTF8.self))")
        }
        self = value
    }
}

extension Data: PostgresDecodable {
    /// The raw text bytes, e.g. of a `jsonb` cell, ready for `JSONDecoder`.
    package init(postgresText bytes: UnsafeRawBufferPointer) throws {
        self = Data(bytes)
    }
}
