import Foundation

/// JSON loader: the input as companies.json (other files bundled) loads or gives problems; every problem message
/// is free of controls and a single line.
func fuzzLoader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var files = CatalogLoader.bundledFiles().filter { $0.name != "companies.json" }
    files.append(DataFile(name: "companies.json", bytes: Array(UnsafeBufferPointer(start: data, count: size))))
    do {
        _ = try CatalogLoader.load(files: files, pinyin: [:])
    } catch {
        for problem in error.problems {
            let line = problem.description
            if line.unicodeScalars.contains(where: FuzzSupport.isControl) { FuzzSupport.fail("problem holds a control: \(line.debugDescription)") }
        }
    }
    return 0
}
