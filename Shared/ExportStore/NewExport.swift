package import ExportModels

/// An export about to be created: what the API or a command validated.
package struct NewExport: Sendable {
    /// Kind of export.
    package var type: ExportType
    /// File format.
    package var format: ExportFormat
    /// Creator (JWT `sub` or `cli:<user>`), never taken from a request body.
    package var createdBy: String
    /// Normalised parameters.
    package var params: ExportParams
    /// Recipients, already validated and merged.
    package var recipients: [RecipientAddress]

    /// Creates the description of a new export.
    package init(
        type: ExportType, format: ExportFormat, createdBy: String, params: ExportParams, recipients: [RecipientAddress]
    ) {
        self.type = type
        self.format = format
        self.createdBy = createdBy
        self.params = params
        self.recipients = recipients
    }
}
