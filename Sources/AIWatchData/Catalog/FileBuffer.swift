import Foundation

/// A file's bytes, read into memory mapped for them alone and given back to the system when the buffer goes. An
/// array would not do for a large file: once the C allocator has freed a large block, it serves blocks up to that
/// size from its heap, which keeps their pages after they are freed, so every file read after the first would stay
/// in memory after decoding.
final class FileBuffer: @unchecked Sendable {
    private var base: UnsafeMutableRawPointer
    private var capacity: Int
    private(set) var count = 0

    /// Everything `descriptor` holds, which `stat` said was `expected` bytes; nil when reading fails or passes
    /// `limit`. A file may have grown since `stat`, so reading goes on until the end.
    init?(reading descriptor: Int32, expected: Int, limit: Int) {
        capacity = expected + 1
        guard let mapped = Self.map(capacity) else { return nil }
        base = mapped
        // From here a failure unmaps in `deinit`, which runs for an initializer failing with every property set.
        while true {
            if count == capacity {
                guard count <= limit, let grown = Self.map(capacity * 2) else { return nil }
                grown.copyMemory(from: base, byteCount: count)
                munmap(base, capacity)
                (base, capacity) = (grown, capacity * 2)
            }
            let read = Foundation.read(descriptor, base + count, capacity - count)
            if read < 0 && errno == EINTR { continue }
            if read < 0 { return nil }
            if read == 0 { break }
            count += read
        }
        if count > limit { return nil }
    }

    deinit { munmap(base, capacity) }

    /// The bytes, valid while the buffer lives.
    var bytes: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: count)
    }

    /// Fresh memory for `size` bytes, in huge pages where the system allows them: one page fault per huge page instead
    /// of one per small page. The buffer is filled from its start, so at most its last huge
    /// page is partly empty.
    private static func map(_ size: Int) -> UnsafeMutableRawPointer? {
        let mapped = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
        guard mapped != MAP_FAILED, let mapped else { return nil }
        _ = madvise(mapped, size, MADV_HUGEPAGE)
        return mapped
    }
}
