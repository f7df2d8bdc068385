import Foundation

/// Counts a user's requests per minute in this process (fixed one-minute windows) and says
/// when a request is over the limit and how long to wait.
actor RateLimiter {
    private struct Window {
        var start: Date
        var count: Int
    }

    private let limit: Int
    private let period: TimeInterval
    private var windows: [String: Window] = [:]

    /// Allows `limit` requests per `period` seconds and per key.
    init(limit: Int, period: TimeInterval = 60) {
        self.limit = limit
        self.period = period
    }

    /// Records a request of `key`; nil when it is allowed, else the seconds to wait.
    func acquire(_ key: String, now: Date = Date()) -> Int? {
        if windows.count > 10_000 { windows = windows.filter { now.timeIntervalSince($0.value.start) < period } }
        var window =
            windows[key].flatMap { now.timeIntervalSince($0.start) < period ? $0 : nil } ?? Window(start: now, count: 0)
        guard window.count < limit else {
            return Int((period - now.timeIntervalSince(window.start)).rounded(.up))
        }
        window.count += 1
        windows[key] = window
        return nil
    }
}
