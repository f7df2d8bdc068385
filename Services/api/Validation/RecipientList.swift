import ExportModels

/// A list of recipients as the create and send bodies give it: at most 24, each valid,
/// duplicates (same address, any case) merged keeping the first name given.
enum RecipientList {
    /// The most recipients one request may name.
    static let maximumCount = 24

    /// The recipients of `raw`, reporting each invalid entry under `field[index]`.
    static func parse(_ raw: [String], field: String, fail: (String, String) -> Void) -> [RecipientAddress] {
        if raw.count > maximumCount { fail(field, "ne peut pas contenir plus de \(maximumCount) destinataires") }
        var seen = Set<String>()
        var result: [RecipientAddress] = []
        for (index, text) in raw.enumerated() {
            guard let recipient = RecipientParser.parse(text) else {
                fail("\(field)[\(index)]", "n'est pas une adresse e-mail valide")
                continue
            }
            if seen.insert(recipient.email.lowercased()).inserted { result.append(recipient) }
        }
        return result
    }
}
