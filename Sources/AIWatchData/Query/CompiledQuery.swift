import Foundation

/// A `Query` prepared against a `SearchIndex`: needles for the text terms, the accepted value ids for the facet
/// terms, and clauses ordered cheapest and most selective first (the order never changes the result). Everything
/// the per-document loop reads is flat and free of references, so it runs without reference counting.
struct CompiledQuery {
    /// One term: a text needle or a facet test.
    private struct Test {
        /// For text: the needle. For facets: unused.
        let needle: Needle
        /// For text: where the needle's bytes start in `patterns`; for facets: where the set starts in `words`.
        let offset: Int
        let isFacet: Bool
        let negated: Bool
    }

    /// The tests, clause bounds, needle bytes and facet sets, where the search loop reads them.
    private let program: Program

    init(_ query: Query, values: FacetValues) {
        var patterns: [UInt8] = []
        var words: [UInt64] = []
        var ranked: [(cost: Int, tests: [Test])] = []
        for clause in query.clauses {
            var cost = 0
            var tests: [Test] = []
            for term in clause.alternatives {
                if let field = term.field {
                    tests.append(Test(needle: Needle(term.folded), offset: words.count, isFacet: true, negated: term.negated))
                    words.append(contentsOf: values.matching(field, term.folded).words)
                    cost += term.negated ? 2 : 1
                } else {
                    tests.append(Test(needle: Needle(term.folded), offset: patterns.count, isFacet: false, negated: term.negated))
                    patterns.append(contentsOf: term.folded)
                    // Longer words are rarer, so they rule records out sooner; exclusions rarely do.
                    cost += (term.negated ? 2000 : 1000) - min(term.folded.count, 100)
                }
            }
            ranked.append((cost, tests))
        }
        let ordered = ranked.enumerated().sorted { ($0.element.cost, $0.offset) < ($1.element.cost, $1.offset) }
        var starts = [0]
        for clause in ordered { starts.append(starts[starts.count - 1] + clause.element.tests.count) }
        program = Program(tests: ordered.flatMap(\.element.tests), clauseStarts: starts, patterns: patterns, words: words)
    }

    /// Candidate counts from which the search is split across processor cores.
    private static let parallelThreshold = 16_384

    /// The documents among `candidates` (ascending; `nil` for all) that match, ascending. Large searches are
    /// split into contiguous parts searched on all cores, then joined in order.
    func filter(_ index: SearchIndex, candidates: [Int32]?) -> [Int32] {
        let total = candidates?.count ?? index.count
        let parts = total < CompiledQuery.parallelThreshold ? 1 : min(ProcessInfo.processInfo.activeProcessorCount, 8)
        return index.storage.withView { documents in
            (candidates ?? []).withUnsafeBufferPointer { list in
                withExtendedLifetime(program) {
                    Search(documents: documents, program: program, candidates: candidates == nil ? nil : list.baseAddress)
                        .matches(among: total, parts: parts)
                }
            }
        }
    }

    /// What `CompiledQuery.init` made, copied into memory of its own so that the search loop reads plain pointers.
    private final class Program: @unchecked Sendable {
        let tests: UnsafeMutableBufferPointer<Test>
        let clauseStarts: UnsafeMutableBufferPointer<Int>
        let patterns: UnsafeMutableBufferPointer<UInt8>
        let words: UnsafeMutableBufferPointer<UInt64>

        init(tests: [Test], clauseStarts: [Int], patterns: [UInt8], words: [UInt64]) {
            self.tests = Program.copy(tests)
            self.clauseStarts = Program.copy(clauseStarts)
            self.patterns = Program.copy(patterns)
            self.words = Program.copy(words)
        }

        deinit {
            tests.deallocate()
            clauseStarts.deallocate()
            patterns.deallocate()
            words.deallocate()
        }

        /// At least one element, so that every buffer has an address.
        private static func copy<Element>(_ elements: [Element]) -> UnsafeMutableBufferPointer<Element> {
            let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: max(1, elements.count))
            _ = buffer.initialize(from: elements)
            return buffer
        }
    }

    /// One result array per part of a split search; each part writes only its own.
    private struct Slots: @unchecked Sendable {
        let base: UnsafeMutablePointer<[Int32]>
    }

    /// Raw views of everything a search reads; read-only while searching, so its parts may share it.
    private struct Search: @unchecked Sendable {
        let text: UnsafePointer<UInt8>
        let textStarts: UnsafePointer<UInt32>
        let refs: UnsafePointer<UInt32>
        let refStarts: UnsafePointer<UInt32>
        let patterns: UnsafePointer<UInt8>
        let words: UnsafePointer<UInt64>
        let tests: UnsafePointer<Test>
        let clauseStarts: UnsafePointer<Int>
        let clauses: Int
        /// The candidate documents, or `nil` for all of them.
        let candidates: UnsafePointer<Int32>?

        init(documents: IndexStorage.View, program: Program, candidates: UnsafePointer<Int32>?) {
            text = documents.text
            textStarts = documents.textStarts
            refs = documents.refs
            refStarts = documents.refStarts
            patterns = UnsafePointer(program.patterns.baseAddress!)
            words = UnsafePointer(program.words.baseAddress!)
            tests = UnsafePointer(program.tests.baseAddress!)
            clauseStarts = UnsafePointer(program.clauseStarts.baseAddress!)
            clauses = program.clauseStarts.count - 1
            self.candidates = candidates
        }

        /// The matching documents among the first `total` candidates, searched in `parts` on as many threads.
        func matches(among total: Int, parts: Int) -> [Int32] {
            if parts == 1 { return scan(0..<total) }
            var found = Array(repeating: [Int32](), count: parts)
            found.withUnsafeMutableBufferPointer { found in
                let slots = Slots(base: found.baseAddress!)
                DispatchQueue.concurrentPerform(iterations: parts) { part in
                    slots.base[part] = scan((total * part / parts)..<(total * (part + 1) / parts))
                }
            }
            var joined: [Int32] = []
            joined.reserveCapacity(found.reduce(0) { $0 + $1.count })
            for part in found { joined.append(contentsOf: part) }
            return joined
        }

        /// The matching documents among candidates `range` (positions in `candidates`, or documents).
        func scan(_ range: Range<Int>) -> [Int32] {
            var found: [Int32] = []
            found.reserveCapacity(range.count)
            if let candidates {
                for i in range where matches(Int(candidates[i])) { found.append(candidates[i]) }
            } else {
                for document in range where matches(document) { found.append(Int32(document)) }
            }
            return found
        }

        @inline(__always)
        func matches(_ document: Int) -> Bool {
            var clause = 0
            while clause < clauses {
                var satisfied = false
                var i = clauseStarts[clause]
                let end = clauseStarts[clause &+ 1]
                while i < end {
                    let test = tests[i]
                    if passes(test, document) != test.negated {
                        satisfied = true
                        break
                    }
                    i &+= 1
                }
                if !satisfied { return false }
                clause &+= 1
            }
            return true
        }

        @inline(__always)
        private func passes(_ test: Test, _ document: Int) -> Bool {
            if test.isFacet {
                var i = Int(refStarts[document])
                let end = Int(refStarts[document &+ 1])
                while i < end {
                    let value = Int(refs[i])
                    if words[test.offset &+ value >> 6] & (1 << UInt64(value & 63)) != 0 { return true }
                    i &+= 1
                }
                return false
            }
            return ByteSearch.contains(
                test.needle, patterns + test.offset, in: text,
                from: Int(textStarts[document]), to: Int(textStarts[document &+ 1]))
        }
    }
}
