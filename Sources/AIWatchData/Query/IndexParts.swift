import Dispatch
import Foundation

/// The search index's documents written in parts on several threads, then joined in order into one writer.
enum IndexParts {
    /// How many parts to write: several per core, so that a part waiting to be joined holds little memory.
    static var available: Int { min(ProcessInfo.processInfo.activeProcessorCount * 16, 64) }

    /// The writers `write` makes for `parts` consecutive ranges of `documents` documents, written on all cores and
    /// joined in order, each as soon as those before it are in. `write` is given a range, how many documents its
    /// writer should expect to hold (the first part's takes in the others, so it is made for all of them) and
    /// what to report its progress to. `progress` hears the fraction of documents joined.
    static func write(
        documents: Int, parts: Int, progress: ((Double) -> Void)?,
        _ write: (Range<Int>, Int, ((Double) -> Void)?) -> DocumentWriter
    ) -> DocumentWriter {
        let parts = max(1, min(parts, documents))
        guard parts > 1 else { return write(0..<documents, documents, progress) }
        let ranges = (0..<parts).map { part in documents * part / parts..<documents * (part + 1) / parts }
        let joining = Joining(parts: parts, documents: documents, progress: progress)
        // `write` only reads shared state; the parts meet only in `joining`, under its lock.
        withoutActuallyEscaping(write) { write in
            nonisolated(unsafe) let write = write
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                joining.add(part, write(ranges[part], part == 0 ? documents : ranges[part].count, nil))
            }
        }
        return joining.joined!
    }

    /// The parts written so far: joined in order, the moment the part before each is in.
    private final class Joining: @unchecked Sendable {
        private let lock = NSLock()
        private var waiting: [DocumentWriter?]
        private(set) var joined: DocumentWriter?
        private var next = 0
        private let documents: Int
        private let progress: ((Double) -> Void)?

        init(parts: Int, documents: Int, progress: ((Double) -> Void)?) {
            waiting = Array(repeating: nil, count: parts)
            self.documents = documents
            self.progress = progress
        }

        func add(_ part: Int, _ writer: DocumentWriter) {
            lock.lock()
            defer { lock.unlock() }
            waiting[part] = writer
            while next < waiting.count, let ready = waiting[next] {
                waiting[next] = nil
                if joined == nil { joined = ready } else { joined!.append(ready) }
                next += 1
                progress?(Double(joined!.textStarts.count - 1) / Double(documents))
            }
        }
    }
}
