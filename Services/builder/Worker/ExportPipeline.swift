import ExportModels
import ExportStorage
import ExportStore
import ExportTime
import ExportTrips

/// The steps of one attempt after the claim: build the file, `uploading`, store it,
/// `sending`, success. Every status change is fenced by the lease; the built file is removed
/// whatever happens.
struct ExportPipeline: Sendable {
    let queue: ExportQueue
    let files: ExportFileMaker
    let storage: any ObjectStorage
    let ttlDays: Int

    /// Runs the attempt holding `lease` on `record`; `progress` hears the builder's reports and
    /// `upload` the key whose upload begins.
    func run(
        _ lease: Lease, _ record: ExportRecord, upload: UploadMark,
        progress: @escaping @Sendable (TripExportProgress) async -> Void
    ) async -> AttemptOutcome {
        let started = ContinuousClock.now
        let file: BuiltExportFile
        do {
            file = try await files.make(record, progress: progress)
        } catch {
            return .from(error, phase: "build", genericMessage: "the file could not be built")
        }
        defer { file.removeFiles() }
        let uploadStarted = ContinuousClock.now
        do {
            try await queue.advance(lease, to: .uploading)
            if let path = file.path {
                upload.begin(file.key)
                try await storage.put(fileAt: path, key: file.key, contentType: file.contentType)
            }
        } catch {
            return .from(error, phase: "upload", genericMessage: "the file could not be stored")
        }
        let upload = ContinuousClock.now - uploadStarted
        let durationMilliseconds = (ContinuousClock.now - started).wholeMilliseconds
        let stored = StoredExportFile(
            key: file.key, size: Int(file.size), statsJSON: file.statsJSON(durationMilliseconds))
        do {
            try await queue.advance(lease, to: .sending)
            try await queue.succeed(lease, file: stored, ttlDays: ttlDays)
        } catch {
            // The object stays unless the export ended meanwhile (`ExportJob` erases it then):
            // if another builder holds the export now, it writes the same key.
            return .from(error, phase: "sending", genericMessage: "the success could not be recorded")
        }
        return .succeeded(file: stored, rows: file.rows, upload: upload)
    }
}
