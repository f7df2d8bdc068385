/// An energy-saving certificate application (`cee.cee_applications`).
struct CeeApplication: Sendable, Equatable {
    /// The number its UUID is derived from.
    let number: UInt64
    /// `short` or `long`.
    let journeyType: String
    /// False for an application that was not matched to the journey (`carpool_id` NULL).
    let linked: Bool
}
