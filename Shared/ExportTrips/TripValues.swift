package import ExportFiles

/// The value rules of the trip files (docs/files.md §5–9), as pure functions.
package enum TripValues {
    /// The trip's status from its three upstream statuses (§3.1).
    package static func status(acquisition: String, fraud: String, anomaly: String) -> String {
        if fraud == "failed" { return "fraud_error" }
        if anomaly == "failed" { return "anomaly_error" }
        if acquisition == "processed" && fraud == "passed" && anomaly == "passed" { return "ok" }
        return "pending"
    }

    /// The decimals kept for a point whose `arr` has `population` inhabitants on `surface` km²:
    /// 3 above 40 inhabitants per km², else 2, and 2 when either is unknown (§3.3).
    package static func coordinateDecimals(population: Int64?, surface: Double?) -> Int {
        guard let population, let surface, surface > 0 else { return 2 }
        return Double(population) / surface > 40 ? 3 : 2
    }

    /// A coordinate written by PostgreSQL (`45.764043`, `-0.29`, `4.8e-05`) cut toward zero to
    /// `decimals` decimals in decimal arithmetic, so that `0.29` stays `0.29`; nil when the text
    /// is not a number.
    package static func truncatedCoordinate(_ text: UnsafeRawBufferPointer, decimals: Int) -> ScaledDecimal? {
        var index = 0
        let negative = text.first == UInt8(ascii: "-")
        if negative || text.first == UInt8(ascii: "+") { index = 1 }
        var digitsBeforePoint = 0
        var digitCount = 0
        var sawPoint = false
        var mantissaEnd = text.count
        var position = index
        while position < text.count {
            let byte = text[position]
            if byte == UInt8(ascii: ".") && !sawPoint {
                sawPoint = true
            } else if byte >= 48 && byte <= 57 {
                digitCount += 1
                if !sawPoint { digitsBeforePoint += 1 }
            } else if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                mantissaEnd = position
                break
            } else {
                return nil
            }
            position += 1
        }
        guard digitCount > 0 else { return nil }
        var exponent = 0
        if mantissaEnd < text.count {
            guard
                let parsed = Int(
                    String(decoding: UnsafeRawBufferPointer(rebasing: text[(mantissaEnd + 1)...]), as: UTF8.self))
            else { return nil }
            exponent = parsed
        }
        let kept = digitsBeforePoint + exponent + decimals
        guard kept > 0 else { return ScaledDecimal(units: 0, scale: decimals) }
        guard kept <= 18 else { return nil }
        var units: Int64 = 0
        var taken = 0
        for byte in UnsafeRawBufferPointer(rebasing: text[index..<mantissaEnd]) where byte != UInt8(ascii: ".") {
            guard taken < kept else { break }
            units = units * 10 + Int64(byte - 48)
            taken += 1
        }
        while taken < kept {
            units *= 10
            taken += 1
        }
        return ScaledDecimal(units: negative ? -units : units, scale: decimals)
    }

    /// Euros from cents.
    package static func euros(cents: Int64) -> ScaledDecimal { ScaledDecimal(units: cents, scale: 2) }

    /// Kilometres from metres.
    package static func kilometres(metres: Int64) -> ScaledDecimal { ScaledDecimal(units: metres, scale: 3) }

    /// Whole seconds between two instants given in microseconds, rounded to the nearest second.
    package static func durationSeconds(startMicroseconds: Int64, endMicroseconds: Int64) -> Int64 {
        let difference = endMicroseconds - startMicroseconds
        return difference >= 0 ? (difference + 500_000) / 1_000_000 : -((-difference + 500_000) / 1_000_000)
    }
}
