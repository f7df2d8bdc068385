/// The identifiers of a journey as its operator writes them, formatted only when a table needs
/// them: UUIDs or counters depending on the operator, 64-hex identity keys, user ids.
extension Journey {
    private static let journeySalt: UInt64 = 0x4A4F_5552_4E45_5953
    private static let tripSalt: UInt64 = 0x5452_4950_5452_4950
    private static let driverSalt: UInt64 = 0x4452_4956_4552_5321
    private static let passengerSalt: UInt64 = 0x5041_5353_454E_4745
    private static let userSalt: UInt64 = 0x5553_4552_4944_0000

    /// `operator_journey_id`: unique within the operator.
    func operatorJourneyID(of seeded: SeededOperator) -> String {
        switch seeded.spec.identifiers {
        case .uuid: SyntheticIdentifiers.uuid(UInt64(journeyNumber), salt: Self.journeySalt ^ UInt64(seeded.spec.id))
        case .counter: String(journeyNumber)
        }
    }

    /// `operator_trip_id`, shared by the journeys of one ride; nil when the operator sent none.
    func operatorTripID(of seeded: SeededOperator) -> String? {
        guard let tripNumber else { return nil }
        return switch seeded.spec.identifiers {
        case .uuid: SyntheticIdentifiers.uuid(UInt64(tripNumber), salt: Self.tripSalt ^ UInt64(seeded.spec.id))
        case .counter: String(tripNumber)
        }
    }

    /// `driver_identity_key` and `passenger_identity_key`, nil when not sent.
    func identityKeys(of seeded: SeededOperator) -> (driver: String?, passenger: String?) {
        let salt = UInt64(seeded.spec.id)
        return (
            hasDriverKey ? SyntheticIdentifiers.identityKey(person: driver, salt: Self.driverSalt ^ salt) : nil,
            hasPassengerKey ? SyntheticIdentifiers.identityKey(person: passenger, salt: Self.passengerSalt ^ salt) : nil
        )
    }

    /// `driver_operator_user_id` and `passenger_operator_user_id`, nil when not sent.
    func userIDs(of seeded: SeededOperator) -> (driver: String?, passenger: String?) {
        func userID(_ person: UInt64, salt: UInt64) -> String {
            switch seeded.spec.identifiers {
            case .uuid: SyntheticIdentifiers.uuid(person, salt: salt ^ UInt64(seeded.spec.id))
            case .counter: String(person + 1_000)
            }
        }
        return (
            hasDriverUserID ? userID(driver, salt: Self.userSalt ^ Self.driverSalt) : nil,
            hasPassengerUserID ? userID(passenger + 100_000, salt: Self.userSalt ^ Self.passengerSalt) : nil
        )
    }
}
