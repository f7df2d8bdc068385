import Foundation
import Testing

/// An e-mail as Python's `email` package reads it (policy `default`: headers decoded from
/// RFC 2047, bodies from their transfer encoding), to check the notifier's MIME against a
/// parser it does not share code with.
struct ParsedMail: Decodable {
    struct Part: Decodable {
        var contentType: String
        var charset: String?
        var body: String
    }

    var from: String
    var fromName: String
    var to: String
    var toName: String
    var subject: String
    /// The `Reply-To` address, empty when there is none.
    var replyTo: String
    var messageID: String
    var date: String
    var contentType: String
    var parts: [Part]
    /// Problems the parser noted (`msg.defects` of every part): empty for a well-formed message.
    var defects: [String]
    /// The longest line after the header block, in bytes (quoted-printable keeps it to 76).
    var longestBodyLine: Int
    /// The header names, in order.
    var headerNames: [String]
    /// The raw bytes use CRLF line ends only.
    var crlfOnly: Bool

    /// The body of the first part of `type`, or an empty string.
    func body(_ type: String) -> String { parts.first { $0.contentType == type }?.body ?? "" }

    private static let script = """
        import email, email.policy, json, sys
        raw = open(sys.argv[1], 'rb').read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        parts, defects = [], [str(d) for d in msg.defects]
        for part in msg.walk():
            defects += [str(d) for d in part.defects]
            if part.get_content_maintype() == 'text':
                parts.append({'contentType': part.get_content_type(), 'charset': part.get_content_charset(),
                              'body': part.get_content().replace('\\r\\n', '\\n')})
        sender, to = msg['from'].addresses[0], msg['to'].addresses[0]
        print(json.dumps({
            'from': sender.addr_spec, 'fromName': sender.display_name, 'to': to.addr_spec,
            'toName': to.display_name, 'replyTo': msg['reply-to'].addresses[0].addr_spec if msg['reply-to'] else '', 'subject': str(msg['subject']), 'messageID': str(msg['message-id']),
            'date': str(msg['date']), 'contentType': msg.get_content_type(), 'parts': parts, 'defects': defects, 'headerNames': list(msg.keys()),
            'longestBodyLine': max(len(l) for l in raw.split(b'\\r\\n\\r\\n', 1)[1].split(b'\\r\\n')),
            'crlfOnly': raw.count(b'\\n') == raw.count(b'\\r\\n')}))
        """

    /// Parses the message file at `path` with `$TEST_PYTHON`.
    static func parse(_ path: String) async throws -> ParsedMail {
        let output = try await PythonScript.run(script, arguments: [path])
        return try JSONDecoder().decode(ParsedMail.self, from: output)
    }
}

/// Runs a Python script with the test environment's interpreter.
enum PythonScript {
    /// The script's standard output; fails the test when it exits with an error.
    static func run(_ script: String, arguments: [String]) async throws -> Data {
        let python = try TestEnvironment.require("TEST_PYTHON")
        return try await CommandRun.succeeding(program: python, ["-c", script] + arguments).outputData
    }
}
