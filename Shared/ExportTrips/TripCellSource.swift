/// Where a column's cell comes from: a query column read as it is, or a value computed by the
/// rules of §3.
enum TripCellSource {
    case text(Int)
    case number(Int)
    case euros(Int)
    case boolean(Int)
    case status
    case dateTime(start: Bool)
    case date(start: Bool)
    case time(start: Bool)
    case duration
    case kilometres(Int)
    /// A coordinate column, and the first perimeter column of its end of the trip.
    case coordinate(Int, place: Int)
    /// The commune's name, empty abroad; the first perimeter column of its end of the trip.
    case commune(place: Int)
    case incentiveType

    /// The source of `column`.
    init(_ column: TripColumn) {
        typealias Q = TripQuerySQL.Column
        let index = TripColumn.allCases.firstIndex(of: column)!
        switch column {
        case .journeyId: self = .number(Q.legacyId)
        case .operatorTripId: self = .text(Q.operatorTripId)
        case .operatorJourneyId: self = .text(Q.operatorJourneyId)
        case .operatorClass: self = .text(Q.operatorClass)
        case .status: self = .status
        case .startDatetime, .endDatetime: self = .dateTime(start: column == .startDatetime)
        case .startDate, .endDate: self = .date(start: column == .startDate)
        case .startTime, .endTime: self = .time(start: column == .startTime)
        case .duration: self = .duration
        case .distance: self = .kilometres(Q.distance)
        case .startLat: self = .coordinate(Q.startLat, place: Q.startPlace)
        case .startLon: self = .coordinate(Q.startLon, place: Q.startPlace)
        case .endLat: self = .coordinate(Q.endLat, place: Q.endPlace)
        case .endLon: self = .coordinate(Q.endLon, place: Q.endPlace)
        case .startCommune: self = .commune(place: Q.startPlace)
        case .endCommune: self = .commune(place: Q.endPlace)
        case .startInsee, .startDepartement, .startEpci, .startAom, .startRegion, .startPays:
            self = .text(Q.startPlace + Self.placeOffset(column))
        case .endInsee, .endDepartement, .endEpci, .endAom, .endRegion, .endPays:
            self = .text(Q.endPlace + Self.placeOffset(column))
        case .operator: self = .text(Q.operatorName)
        case .operatorPassengerId: self = .text(Q.passengerOperatorUserId)
        case .passengerIdentityKey: self = .text(Q.passengerIdentityKey)
        case .operatorDriverId: self = .text(Q.driverOperatorUserId)
        case .driverIdentityKey: self = .text(Q.driverIdentityKey)
        case .driverRevenue: self = .euros(Q.driverRevenue)
        case .passengerContribution: self = .euros(Q.passengerContribution)
        case .passengerSeats: self = .number(Q.passengerSeats)
        case .ceeApplication: self = .boolean(Q.cee)
        case .incentiveType: self = .incentiveType
        default:
            self = Self.incentive(offset: index - TripColumn.allCases.firstIndex(of: .incentive0Siret)!)
        }
    }

    /// The offset of a place column among code, l_arr, l_dep, l_epci, l_aom, l_reg, l_country.
    private static func placeOffset(_ column: TripColumn) -> Int {
        switch column {
        case .startDepartement, .endDepartement: 2
        case .startEpci, .endEpci: 3
        case .startAom, .endAom: 4
        case .startRegion, .endRegion: 5
        case .startPays, .endPays: 6
        default: 0
        }
    }

    /// The incentive columns: nine operator ones (siret, name, amount), then fifteen registry
    /// ones (campaign id, campaign name, siret, name, amount).
    private static func incentive(offset: Int) -> TripCellSource {
        typealias Q = TripQuerySQL.Column
        if offset < 9 {
            return offset % 3 == 2 ? .euros(Q.operatorIncentives + offset) : .text(Q.operatorIncentives + offset)
        }
        let registry = offset - 9
        switch registry % 5 {
        case 0: return .number(Q.registryIncentives + registry)
        case 4: return .euros(Q.registryIncentives + registry)
        default: return .text(Q.registryIncentives + registry)
        }
    }
}
