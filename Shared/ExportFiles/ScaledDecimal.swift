/// An exact decimal number: `units × 10^-scale` (cents are `ScaledDecimal(units: 1234, scale: 2)`).
package struct ScaledDecimal: Sendable, Equatable {
    /// The value in units of `10^-scale`.
    package var units: Int64
    /// The number of decimals, `0...18`.
    package var scale: Int

    /// Creates a decimal.
    package init(units: Int64, scale: Int) {
        self.units = units
        self.scale = scale
    }
}

extension Array where Element == UInt8 {
    /// Appends the decimal digits of `value`, at least `width` of them (zero-padded).
    mutating func appendInteger(_ value: Int64, width: Int = 1) {
        if value < 0 { append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var divisor: UInt64 = 1
        var digits = 1
        while magnitude / divisor >= 10 {
            divisor *= 10
            digits += 1
        }
        for _ in digits..<Swift.max(width, digits) { append(UInt8(ascii: "0")) }
        while divisor > 0 {
            append(UInt8(truncatingIfNeeded: magnitude / divisor) + 48)
            magnitude %= divisor
            divisor /= 10
        }
    }

    /// Appends `value` with a `.` decimal separator and no trailing zeros (`12.5`, `0.29`, `3`).
    mutating func appendDecimal(_ value: ScaledDecimal) {
        var units = value.units
        var scale = value.scale
        while scale > 0 && units % 10 == 0 {
            units /= 10
            scale -= 1
        }
        guard scale > 0 else { return appendInteger(units) }
        var divisor: Int64 = 1
        for _ in 0..<scale { divisor *= 10 }
        if units < 0 { append(UInt8(ascii: "-")) }
        let magnitude = Int64(units.magnitude)
        appendInteger(magnitude / divisor)
        append(UInt8(ascii: "."))
        appendInteger(magnitude % divisor, width: scale)
    }
}
