import Foundation

/// Sanitizer: output never holds a control scalar, and sanitizing again changes nothing.
func fuzzSanitizer(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = FuzzSupport.text(data, size)
    let clean = Sanitizer.clean(input)
    if let bad = clean.unicodeScalars.first(where: FuzzSupport.isControl) {
        FuzzSupport.fail("control U+\(String(bad.value, radix: 16)) survived")
    }
    if Sanitizer.clean(clean) != clean { FuzzSupport.fail("not idempotent") }
    return 0
}
