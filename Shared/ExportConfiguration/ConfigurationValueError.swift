/// A configuration value that is missing or cannot be used. The message names the environment
/// variable, so that an operator knows at once what to fix; it never repeats a secret's value.
package struct ConfigurationValueError: Error, Sendable, CustomStringConvertible {
    /// The environment variable, e.g. `DATABASE_POOL_SIZE`.
    package let variable: String
    /// What is wrong with it, in a few words.
    package let problem: String

    /// Creates an error for `variable`.
    package init(variable: String, problem: String) {
        self.variable = variable
        self.problem = problem
    }

    /// `DATABASE_POOL_SIZE: must be an integer between 1 and 500 (got "abc")`.
    package var description: String { "\(variable): \(problem)" }
}
