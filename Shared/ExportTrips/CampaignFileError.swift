import ExportFiles
import ExportTime
import Foundation

/// A campaign file that cannot be used.
package struct CampaignFileError: Error, CustomStringConvertible {
    /// The file.
    package let path: String
    /// What is wrong with it.
    package let reason: String

    /// One line naming the file.
    package var description: String { "CAMPAIGNS_DIR: \(path): \(reason)" }
}
