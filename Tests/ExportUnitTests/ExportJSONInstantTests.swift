import ExportModels
import Foundation
import Testing

/// Instants in the exports' JSON (`ExportJSON`, through `UTCSecondText`): written and read
/// exactly as Foundation's `.iso8601` strategy writes and reads them, for any instant and text.
@Suite struct ExportJSONInstantTests {
    /// One instant in a JSON object.
    struct Stamped: Codable, Equatable {
        var at: Date
    }

    /// Instants at the edges (days, months, leap days, the range `UTCSecondText` covers and
    /// just beyond it, fractions of a second), then 20,000 drawn from 1970 to 9999 by a fixed
    /// sequence, whole and fractional.
    static let instants: [Double] = {
        var edges: [Double] = [
            0, 1, 59, 3599, 86_399, 86_400, 951_782_400, 951_868_799, 1_735_689_600, 1_735_689_600.999_9,
            4_107_542_399, 4_107_542_400, 253_402_300_799, 253_402_300_799.5, 253_402_300_800, -1, -0.5,
            -86_401.25, -62_135_596_800,
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for index in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let seconds = Double(state >> 11 % 253_402_300_800)
            edges.append(index % 2 == 0 ? seconds : seconds + Double(state & 1023) / 1024)
        }
        return edges
    }()

    /// Foundation's own strategies, with the same output formatting.
    static func reference() -> (JSONEncoder, JSONDecoder) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return (encoder, decoder)
    }

    @Test func writesEveryInstantAsFoundationsStrategyDoes() throws {
        let (reference, _) = Self.reference()
        let encoder = ExportJSON.encoder
        for seconds in Self.instants {
            let value = Stamped(at: Date(timeIntervalSince1970: seconds))
            let expected = String(decoding: try reference.encode(value), as: UTF8.self)
            #expect(String(decoding: try encoder.encode(value), as: UTF8.self) == expected, "\(seconds)")
        }
    }

    @Test func readsEveryTextAsFoundationsStrategyDoes() throws {
        let (referenceEncoder, referenceDecoder) = Self.reference()
        var texts = try Self.instants.map {
            String(decoding: try referenceEncoder.encode(Stamped(at: Date(timeIntervalSince1970: $0))), as: UTF8.self)
        }
        texts += [
            "2025-02-29T00:00:00Z", "2024-02-29T00:00:00Z", "2025-04-31T00:00:00Z", "2025-13-01T00:00:00Z",
            "2025-01-01T24:00:00Z", "2025-01-01T00:60:00Z", "2025-01-01T00:00:60Z", "2025-01-01T00:00:00+02:00",
            "2025-01-01T00:00:00.5Z", "1969-12-31T23:59:59Z", "2025-01-01 00:00:00Z", "2025-1-01T00:00:00Z",
            "2025-01-01T00:00:00z", "2025-01-01", "nonsense", "",
        ].map { #"{"at":"\#($0)"}"# }
        let decoder = ExportJSON.decoder
        for text in texts {
            let expected = try? referenceDecoder.decode(Stamped.self, from: Data(text.utf8))
            let decoded = try? decoder.decode(Stamped.self, from: Data(text.utf8))
            #expect(decoded == expected, "\(text)")
        }
    }
}
