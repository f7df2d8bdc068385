extension XlsxRowFormatter {
    package mutating func empty() { buffer.append("<c/>") }

    package mutating func text(_ bytes: UnsafeRawBufferPointer) {
        buffer.appendInlineStringCell(bytes, bold: false)
    }

    package mutating func text(_ string: String) {
        buffer.appendInlineStringCell(string, bold: false)
    }

    package mutating func number(_ canonical: UnsafeRawBufferPointer) {
        buffer.append("<c><v>")
        buffer.append(contentsOf: canonical)
        buffer.append("</v></c>")
    }

    package mutating func decimal(_ value: ScaledDecimal) {
        buffer.append("<c><v>")
        buffer.appendDecimal(value)
        buffer.append("</v></c>")
    }

    package mutating func euros(_ value: ScaledDecimal) {
        buffer.append("<c s=\"6\"><v>")
        buffer.appendDecimal(value)
        buffer.append("</v></c>")
    }

    package mutating func dateTime(_ value: LocalDateTime) {
        buffer.append("<c s=\"2\"><v>")
        appendSerial(day: value.day + Self.unixEpochSerial, second: value.second)
        buffer.append("</v></c>")
    }

    package mutating func date(_ value: LocalDateTime) {
        buffer.append("<c s=\"3\"><v>")
        buffer.appendInteger(value.day + Self.unixEpochSerial)
        buffer.append("</v></c>")
    }

    package mutating func time(_ value: LocalDateTime) {
        buffer.append("<c s=\"4\"><v>")
        appendSerial(day: 0, second: value.second)
        buffer.append("</v></c>")
    }

    package mutating func duration(seconds: Int64) {
        buffer.append("<c s=\"5\"><v>")
        buffer.append(contentsOf: "\(Double(seconds) / 86_400)".utf8)
        buffer.append("</v></c>")
    }

    package mutating func boolean(_ value: Bool) {
        buffer.append(value ? "<c t=\"b\"><v>1</v></c>" : "<c t=\"b\"><v>0</v></c>")
    }

    /// Appends a serial date-time: whole days, then the fraction of the day (from a table for
    /// the 10-minute boundaries the export writes).
    private mutating func appendSerial(day: Int64, second: Int32) {
        if second % 600 == 0 {
            buffer.appendInteger(day)
            buffer.append(contentsOf: Self.tenMinuteFractions[Int(second / 600)])
        } else {
            buffer.append(contentsOf: "\(Double(day) + Double(second) / 86_400)".utf8)
        }
    }
}
