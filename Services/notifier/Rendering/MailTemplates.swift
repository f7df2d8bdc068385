import ExportStore
import Foundation
import Mustache

/// The e-mail templates (`Templates/`, shipped with the notifier): for each kind a subject, an
/// HTML and a text template, the bodies built on the HTML and text layouts. Loaded and checked
/// once at start, so that a missing or broken template stops the notifier before it sends.
struct MailTemplates: Sendable {
    /// A template could not be loaded or rendered.
    struct TemplateError: Error, CustomStringConvertible {
        var description: String
    }

    /// The three parts of one rendered e-mail.
    struct Rendered {
        var subject: String
        var text: String
        var html: String
    }

    private let library: MustacheLibrary

    /// Every template the notifier needs.
    static let requiredNames =
        ["layout-html", "layout-text"]
        + NotificationKind.allCases.flatMap { kind in ["subject", "html", "text"].map { "\(kind.rawValue)-\($0)" } }

    /// Loads the templates of `directory` (default: the notifier's own resources) and checks
    /// that none is missing; a syntax error or a missing template throws, naming it.
    static func load(directory: URL? = nil) async throws -> MailTemplates {
        guard let folder = directory ?? Bundle.module.resourceURL?.appendingPathComponent("Templates") else {
            throw TemplateError(description: "the notifier's Templates folder is missing")
        }
        let library: MustacheLibrary
        do {
            library = try await MustacheLibrary(directory: folder.path)
        } catch let error as MustacheLibrary.ParserError {
            throw TemplateError(description: "template \(error.filename) is invalid: \(error.error)")
        }
        let missing = requiredNames.filter { library.getTemplate(named: $0) == nil }
        guard missing.isEmpty else {
            throw TemplateError(
                description:
                    "missing template(s) in \(folder.path): \(missing.map { "\($0).mustache" }.joined(separator: ", "))"
            )
        }
        return MailTemplates(library: library)
    }

    /// Renders the subject and both bodies of `kind` with `view`.
    func render(_ kind: NotificationKind, view: Any) throws -> Rendered {
        func part(_ name: String) throws -> String {
            guard let text = library.render(view, withTemplate: "\(kind.rawValue)-\(name)") else {
                throw TemplateError(description: "template \(kind.rawValue)-\(name) is missing")
            }
            return text
        }
        return Rendered(
            subject: try part("subject").trimmingCharacters(in: .whitespacesAndNewlines),
            text: try part("text").trimmingCharacters(in: .newlines) + "\n", html: try part("html"))
    }
}
