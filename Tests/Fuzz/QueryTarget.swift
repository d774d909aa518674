import Foundation

/// Query parser: any text either parses or gives an error, never a crash; completions never crash either.
func fuzzQuery(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = FuzzSupport.text(data, size)
    switch QueryParser.parse(text) {
    case .success: break
    case .failure(let error):
        if "\(error)".unicodeScalars.contains(where: FuzzSupport.isControl) { FuzzSupport.fail("error message holds a control") }
    }
    _ = QueryParser.completions(forPrefix: text)
    return 0
}
