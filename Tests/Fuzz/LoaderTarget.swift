import Foundation

/// The bundled files other than companies.json, read once.
private let otherFiles = CatalogLoader.bundledFiles().filter { $0.name != "companies.json" }

/// JSON loader: the input parses or gives a located error; as companies.json (other files bundled) it loads or gives
/// problems; every problem message is free of controls and a single line.
func fuzzLoader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    do {
        _ = try JSONParser.parse(bytes)
    } catch {
        if error.line < 1 || error.column < 1 { FuzzSupport.fail("error position \(error.line):\(error.column)") }
    }
    do {
        // The build-time pinyin, so the slow transliterator runs only for names the input adds.
        _ = try CatalogLoader.load(files: otherFiles + [DataFile(name: "companies.json", bytes: bytes)], pinyin: EmbeddedData.pinyin)
    } catch {
        for problem in error.problems {
            if problem.message == CatalogLoader.disagreement { FuzzSupport.fail("the quick and the located reading disagree") }
            let line = problem.description
            if line.unicodeScalars.contains(where: FuzzSupport.isControl) { FuzzSupport.fail("problem holds a control: \(line.debugDescription)") }
        }
    }
    return 0
}
