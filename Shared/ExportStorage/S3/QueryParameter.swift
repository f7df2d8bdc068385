/// One `name=value` pair of a query string, unencoded.
package struct QueryParameter: Hashable, Sendable {
    package var name: String
    package var value: String

    /// A parameter; a flag such as `uploads` has an empty value and is written `uploads=`, the
    /// form SigV4 signs.
    package init(_ name: String, _ value: String = "") {
        self.name = name
        self.value = value
    }
}
