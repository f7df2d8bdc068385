/// What the `success`, `failure` and `send` templates read (docs/emails.md §3–5). Text given by users
/// (names, the sender's message) is escaped by the HTML templates (`{{…}}`) and written as is
/// by the text ones (`{{{…}}}`).
struct RecipientMailView {
    /// Whether the recipient has a name, for the greeting.
    var hasName: Bool
    var name: String
    /// `opérateur`, `territoire`, `registre`.
    var typeLabel: String
    /// First and last days of the period.
    var periodStart: String
    var periodEnd: String
    /// Number of data rows with its noun: `1 ligne`, `12 345 lignes`.
    var rows: String
    /// What the link downloads: `archive ZIP contenant un fichier XLSX, 3,2 Mo`.
    var file: String
    /// `PUBLIC_URL/v1/exports/{uuid}/download?token=…`; empty for `failure`.
    var downloadURL: String
    /// When the file and the link stop working.
    var expiryDate: String
    var exportUUID: String
    /// For `send`: who sent the link and their optional message.
    var senderName: String
    var hasMessage: Bool
    var message: String
}
