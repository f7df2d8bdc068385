import Foundation

/// Points inside a place's disc, road distances and durations that agree with each other.
enum RouteGeometry {
    /// A point drawn uniformly in `place`'s disc, in millionths of a degree; a few are rounded
    /// to two decimals (45.29), the values where truncating a binary double goes wrong.
    static func point(in place: Place, using random: inout SplitMix64) -> (latitude: Int, longitude: Int) {
        let (latitude, longitude) = GeographyBuilder.offset(
            place.latitude, place.longitude, km: place.radius * random.unit().squareRoot(),
            angle: random.double(in: 0...(2 * .pi)))
        let roundToHundredths = random.chance(0.015)
        let scale = roundToHundredths ? 100.0 : 1_000_000.0
        let factor = 1_000_000.0 / scale
        return (Int((latitude * scale).rounded() * factor), Int((longitude * scale).rounded() * factor))
    }

    /// A point within about `metres` of `point`.
    static func near(_ point: (latitude: Int, longitude: Int), metres: Int, using random: inout SplitMix64)
        -> (latitude: Int, longitude: Int)
    {
        let microdegrees = metres * 9  // one metre is about nine millionths of a degree
        return (
            point.latitude + random.int(in: -microdegrees...microdegrees),
            point.longitude + random.int(in: -microdegrees...microdegrees)
        )
    }

    /// The great-circle distance between two points, in kilometres.
    static func kilometres(_ from: (latitude: Int, longitude: Int), _ to: (latitude: Int, longitude: Int)) -> Double {
        let radians = Double.pi / 180 / 1_000_000
        let (lat1, lat2) = (Double(from.latitude) * radians, Double(to.latitude) * radians)
        let deltaLatitude = lat2 - lat1
        let deltaLongitude = Double(to.longitude - from.longitude) * radians
        let a =
            sin(deltaLatitude / 2) * sin(deltaLatitude / 2)
            + cos(lat1) * cos(lat2) * sin(deltaLongitude / 2) * sin(deltaLongitude / 2)
        return 6371 * 2 * atan2(a.squareRoot(), (1 - a).squareRoot())
    }

    /// A road distance (metres, `detour` times the straight line, at least 400 m) and a
    /// duration (seconds, 5 minutes to 2 hours) at a speed that suits the distance.
    static func drive(kilometres straight: Double, detour: Double, using random: inout SplitMix64)
        -> (metres: Int, seconds: Int)
    {
        let road = max(straight * detour, 0.4)
        let speed: Double =
            switch road {
            case ..<3: random.double(in: 12...25)
            case ..<15: random.double(in: 20...45)
            default: random.double(in: 45...95)
            }
        let seconds = min(max(Int(road / speed * 3600), 300), 7200)
        return (Int(road * 1000), seconds)
    }
}
