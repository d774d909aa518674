import Dispatch
import Foundation

/// The search index's documents written in parts on several threads, then joined in order into one writer.
enum IndexParts {
    /// How many parts to write at once: one per core, at most eight.
    static var available: Int { min(ProcessInfo.processInfo.activeProcessorCount, 8) }

    /// The writers `write` makes for `parts` consecutive ranges of `documents` documents, each on its own thread,
    /// joined in order. `write` is given a range and how many documents its writer should expect to hold: the first
    /// part's writer takes in the others, so it is made for all of them.
    static func write(documents: Int, parts: Int, _ write: (Range<Int>, Int) -> DocumentWriter) -> DocumentWriter {
        let parts = max(1, min(parts, documents))
        let ranges = (0..<parts).map { part in documents * part / parts..<documents * (part + 1) / parts }
        guard parts > 1 else { return write(ranges[0], documents) }
        // `write` only reads shared state; each thread writes only its own slot, and the slots are read once
        // concurrentPerform has returned.
        var written = [DocumentWriter?](repeating: nil, count: parts)
        written.withUnsafeMutableBufferPointer { slots in
            withoutActuallyEscaping(write) { write in
                nonisolated(unsafe) let (slots, write) = (slots, write)
                DispatchQueue.concurrentPerform(iterations: parts) { part in
                    slots[part] = write(ranges[part], part == 0 ? documents : ranges[part].count)
                }
            }
        }
        var joined = written[0]!
        for part in 1..<parts {
            joined.append(written[part]!)
            written[part] = nil
        }
        return joined
    }
}
