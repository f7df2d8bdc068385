/// Header fields in order, looked up without regard to case.
package struct HTTPHeaders: Sendable, Sequence, ExpressibleByDictionaryLiteral {
    private var fields: [HTTPHeader]

    package init(_ fields: [HTTPHeader] = []) {
        self.fields = fields
    }

    package init(dictionaryLiteral elements: (String, String)...) {
        fields = elements.map { HTTPHeader(name: $0.0, value: $0.1) }
    }

    /// The value of the first field named `name` (any case), nil when there is none.
    package subscript(name: String) -> String? {
        let lowercased = name.lowercased()
        return fields.first { $0.name.lowercased() == lowercased }?.value
    }

    /// Adds a field after the existing ones.
    package mutating func add(name: String, value: String) {
        fields.append(HTTPHeader(name: name, value: value))
    }

    package func makeIterator() -> IndexingIterator<[HTTPHeader]> {
        fields.makeIterator()
    }
}
