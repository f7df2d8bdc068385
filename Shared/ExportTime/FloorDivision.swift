/// `value / divisor` rounded toward minus infinity, where Swift's `/` rounds toward zero: the
/// day or second that an instant before 1970 (or a local offset) falls in.
package func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
    let quotient = value / divisor
    return (value % divisor != 0 && (value < 0) != (divisor < 0)) ? quotient - 1 : quotient
}
