/// The search index's documents in four flat buffers: every document's folded text and the ids of its facet
/// values. A search reads them through `withView`, so its loop runs on raw pointers, without bounds checks or
/// reference counting.
struct IndexStorage: Sendable, Equatable {
    /// Every document's folded text segments, separated by zero bytes, then `ByteSearch.padding` zero bytes.
    let text: [UInt8]
    /// Document `d`'s text is `text[textStarts[d]..<textStarts[d + 1]]`.
    let textStarts: [UInt32]
    /// Facet value ids of every document.
    let refs: [UInt32]
    /// Document `d`'s facet value ids are `refs[refStarts[d]..<refStarts[d + 1]]`.
    let refStarts: [UInt32]

    /// The buffers as raw pointers, valid during `body`.
    struct View: @unchecked Sendable {
        let text: UnsafePointer<UInt8>
        let textStarts: UnsafePointer<UInt32>
        let refs: UnsafePointer<UInt32>
        let refStarts: UnsafePointer<UInt32>
    }

    func withView<Result>(_ body: (View) -> Result) -> Result {
        text.withUnsafeBufferPointer { text in
            textStarts.withUnsafeBufferPointer { textStarts in
                refs.withUnsafeBufferPointer { refs in
                    refStarts.withUnsafeBufferPointer { refStarts in
                        // `refs` may be empty; a base address is still needed, and is never read then.
                        body(View(text: text.baseAddress!, textStarts: textStarts.baseAddress!,
                                  refs: refs.baseAddress ?? UnsafePointer(refStarts.baseAddress!), refStarts: refStarts.baseAddress!))
                    }
                }
            }
        }
    }

    /// Bytes held by the buffers.
    var byteCount: Int { text.count + 4 * (textStarts.count + refs.count + refStarts.count) }

    /// The folded text of a document, segments separated by zero bytes (for tests and debugging).
    func documentText(_ document: Int) -> ArraySlice<UInt8> {
        text[Int(textStarts[document])..<Int(textStarts[document + 1])]
    }
}
