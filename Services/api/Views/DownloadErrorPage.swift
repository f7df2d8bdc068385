import Hummingbird

/// The short French page a browser gets when an e-mail link cannot serve its file, with the
/// status and headers the JSON answer would have had.
enum DownloadErrorPage {
    /// The page for `error`.
    static func response(for error: APIError) -> Response {
        let (title, text): (String, String) =
            switch error.status {
            case .gone: ("Export expiré", "Ce fichier n'est plus disponible : il a expiré, été annulé ou supprimé.")
            case .conflict: ("Export non disponible", "Ce fichier n'est pas disponible.")
            default: ("Lien invalide", "Ce lien de téléchargement n'est pas valide ou a expiré.")
            }
        let html = """
            <!DOCTYPE html>
            <html lang="fr"><head><meta charset="utf-8"><title>\(title)</title></head>
            <body><h1>\(title)</h1><p>\(text)</p>
            <p>Demandez un nouvel export ou un nouvel envoi du lien à la personne qui vous l'a adressé.</p>
            <p>Registre de preuve de covoiturage</p></body></html>
            """
        var headers: HTTPFields = [.contentType: "text/html; charset=utf-8"]
        headers.append(contentsOf: error.headers)  // a 401's challenge (docs/api.md §2)
        return Response(status: error.status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }
}
