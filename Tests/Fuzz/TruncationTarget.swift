import Foundation

/// Width and truncation: the result fits, is a grapheme-wise prefix (plus "…"), and wrapped lines fit too.
func fuzzTruncation(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let width = Int(data[0] % 40)
    let text = Sanitizer.clean(FuzzSupport.text(data + 1, size - 1))
    let cut = TextFit.truncate(text, to: width)
    if CellWidth.of(cut) > width { FuzzSupport.fail("truncate to \(width) gave \(CellWidth.of(cut)) cells") }
    let kept = Array(cut.hasSuffix("…") && cut != text ? String(cut.dropLast()) : cut)
    if Array(text.prefix(kept.count)) != kept { FuzzSupport.fail("truncate split a grapheme or changed text") }
    let padded = TextFit.pad(text, to: width)
    if CellWidth.of(padded) != width { FuzzSupport.fail("pad to \(width) gave \(CellWidth.of(padded)) cells") }
    for line in TextFit.wrap(text, to: max(width, 2)) where CellWidth.of(line) > max(width, 2) {
        FuzzSupport.fail("wrapped line wider than \(max(width, 2))")
    }
    return 0
}
