import Foundation

/// The fuzz target this binary runs, named by `AIWATCH_FUZZ_TARGET` (set by `.ci/fuzz`). One binary holds every
/// target so the core is compiled with the fuzzer only once.
let fuzzTarget: @Sendable (UnsafePointer<UInt8>, Int) -> CInt = {
    switch ProcessInfo.processInfo.environment["AIWATCH_FUZZ_TARGET"] {
    case "loader": return fuzzLoader
    case "sanitizer": return fuzzSanitizer
    case "truncation": return fuzzTruncation
    case "query": return fuzzQuery
    case "export": return fuzzExport
    default: FuzzSupport.fail("set AIWATCH_FUZZ_TARGET to loader, sanitizer, truncation, query or export")
    }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzzTarget(data, size)
}
