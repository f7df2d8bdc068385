/// How long a failed attempt waits before the next: 30 s, 60 s, 120 s…, at most 15 minutes,
/// less a random part of up to half, so that what failed together (an outage) does not come
/// back all at once.
public enum RetryBackoff {
    /// Seconds to wait after attempt `attempt` failed.
    public static func seconds(afterAttempt attempt: Int) -> Double {
        let full = Double(min(30 << min(max(attempt - 1, 0), 10), 900))
        return full / 2 + Double.random(in: 0...(full / 2))
    }

    /// The same wait in SQL, for set-based statements: `attempts` is the SQL expression of the
    /// failed attempt's number.
    public static func sql(afterAttempt attempts: String) -> String {
        "least(30 * power(2, greatest(\(attempts) - 1, 0)), 900) * (0.5 + random() / 2)"
    }
}
