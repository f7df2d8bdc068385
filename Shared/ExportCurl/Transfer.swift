import CCurl
import Foundation
import Synchronization

/// The state that libcurl's callbacks reach through their context pointer during one transfer:
/// where the request body comes from, where the response goes, and the first error a callback
/// met (libcurl itself only reports a generic read or write error).
final class Transfer {
    let bodyReader: RequestBodyReader
    let response: ResponseCollector
    let cancellation: TransferCancellation
    private(set) var callbackFailure: (any Error)?

    init(bodyReader: RequestBodyReader, response: ResponseCollector, cancellation: TransferCancellation) {
        self.bodyReader = bodyReader
        self.response = response
        self.cancellation = cancellation
    }

    /// Attaches the callbacks of this transfer to `handle`. The handle keeps an unretained
    /// pointer to `self`: the caller keeps `self` alive until `perform()` returns.
    func attach(to handle: CurlEasyHandle) throws {
        let context = Unmanaged.passUnretained(self).toOpaque()
        try handle.set(CURLOPT_READFUNCTION, callback: readCallback)
        try handle.set(CURLOPT_READDATA, pointer: context)
        try handle.set(CURLOPT_HEADERFUNCTION, callback: headerCallback)
        try handle.set(CURLOPT_HEADERDATA, pointer: context)
        try handle.set(CURLOPT_WRITEFUNCTION, callback: writeCallback)
        try handle.set(CURLOPT_WRITEDATA, pointer: context)
        try handle.set(CURLOPT_XFERINFOFUNCTION, callback: progressCallback)
        try handle.set(CURLOPT_XFERINFODATA, pointer: context)
        try handle.set(CURLOPT_NOPROGRESS, 0)
    }

    /// Records the first failure met inside a callback.
    fileprivate func record(_ error: any Error) {
        if callbackFailure == nil { callbackFailure = error }
    }

    /// The transfer behind a callback's context pointer.
    fileprivate static func from(_ context: UnsafeMutableRawPointer?) -> Transfer {
        Unmanaged<Transfer>.fromOpaque(context!).takeUnretainedValue()
    }
}

/// Fills libcurl's upload buffer from the request body.
private let readCallback: ccurl_data_callback = { buffer, size, count, context in
    let transfer = Transfer.from(context)
    do {
        let read = try transfer.bodyReader.read(into: UnsafeMutableRawBufferPointer(start: buffer, count: size * count))
        return read
    } catch {
        transfer.record(error)
        return Int(CURL_READFUNC_ABORT)
    }
}

/// Receives one response header line.
private let headerCallback: ccurl_data_callback = { buffer, size, count, context in
    let bytes = UnsafeRawBufferPointer(start: buffer, count: size * count)
    Transfer.from(context).response.receiveHeaderLine(String(decoding: bytes, as: UTF8.self))
    return size * count
}

/// Receives a piece of the response body; returning less than was given aborts the transfer.
private let writeCallback: ccurl_data_callback = { buffer, size, count, context in
    let transfer = Transfer.from(context)
    do {
        try transfer.response.receiveBody(UnsafeRawBufferPointer(start: buffer, count: size * count))
        return size * count
    } catch {
        transfer.record(error)
        return 0
    }
}

/// Called by libcurl at least once a second; a non-zero result aborts a cancelled transfer.
private let progressCallback: ccurl_progress_callback = { context, _, _, _, _ in
    Transfer.from(context).cancellation.isCancelled ? 1 : 0
}
