public import ExportModels

/// An export about to be created: what the API or a command validated.
public struct NewExport: Sendable {
    /// Kind of export.
    public var type: ExportType
    /// File format.
    public var format: ExportFormat
    /// Creator (JWT `sub` or `cli:<user>`), never taken from a request body.
    public var createdBy: String
    /// Normalised parameters.
    public var params: ExportParams
    /// Recipients, already validated and merged.
    public var recipients: [RecipientAddress]

    /// Creates the description of a new export.
    public init(
        type: ExportType, format: ExportFormat, createdBy: String, params: ExportParams, recipients: [RecipientAddress]
    ) {
        self.type = type
        self.format = format
        self.createdBy = createdBy
        self.params = params
        self.recipients = recipients
    }
}
