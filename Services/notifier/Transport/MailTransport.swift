/// Hands a rendered e-mail to the outside world: an SMTP server, or a folder of `.eml` files.
protocol MailTransport: Sendable {
    /// Returns once the message is accepted (by the SMTP server, or written); throws
    /// `MailDeliveryError` otherwise.
    func deliver(_ mail: OutgoingMail) async throws
}
