/// Who makes a request, as the verified token says; `created_by` always comes from here.
struct Caller: Sendable, Equatable {
    /// JWT `sub`.
    var subject: String
    /// JWT `role`.
    var role: Role
    /// JWT `operator_id` (operator role).
    var operatorID: Int?
    /// JWT `territory_id` (territory role).
    var territoryID: Int?
    /// JWT `email`, the default recipient.
    var email: String?
    /// JWT `name`, shown as the sender of `send` e-mails.
    var name: String?

    /// True for the registry's administrators, who see and act on every export.
    var isAdmin: Bool { role == .admin }

    /// The name that signs a `send` e-mail.
    var displayName: String { name.flatMap { $0.isEmpty ? nil : $0 } ?? subject }
}
