import ExportRuntime
import Hummingbird

/// `POST /v1/deliver` (docs/emails.md §1): wakes the delivery loop and answers 202 at once; with
/// `INTERNAL_TOKEN` set, only callers that present it as a bearer token are heard.
struct DeliverController: Sendable {
    let wakeUps: DeliveryWakeUps
    let internalToken: String?

    /// Adds the route to `router`.
    func add<Context: RequestContext>(to router: Router<Context>) {
        router.post("/v1/deliver") { request, _ in
            guard InternalToken.accepts(request, expected: internalToken) else {
                return Self.json(
                    #"{"error":{"code":"unauthorized","message":"jeton interne requis"}}"#, status: .unauthorized)
            }
            wakeUps.signal()
            return Self.json(#"{"status":"accepted"}"#, status: .accepted)
        }
    }

    private static func json(_ text: String, status: HTTPResponse.Status) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
