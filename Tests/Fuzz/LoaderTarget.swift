import Foundation

/// The bundled files other than companies.json, read once.
private let otherFiles = CatalogLoader.bundledFiles().filter { $0.name != "companies.json" }

/// JSON loader: the input parses or gives a located error; as companies.json (other files bundled) it loads or gives
/// problems; every problem message is free of controls and a single line; the quick reading loads nothing the
/// located one refuses, and loads the same records when both load; no file shows more than its hundred problems.
func fuzzLoader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    do {
        _ = try JSONParser.parse(bytes)
    } catch {
        if error.line < 1 || error.column < 1 { FuzzSupport.fail("error position \(error.line):\(error.column)") }
    }
    // The build-time pinyin, so the slow transliterator runs only for names the input adds.
    let files = otherFiles + [DataFile(name: "companies.json", bytes: bytes)]
    let quick = CatalogLoader.quickLoad(files: files, pinyin: EmbeddedData.pinyin)
    do {
        let located = try CatalogLoader.locatedLoad(files: files, pinyin: EmbeddedData.pinyin)
        if let quick, quick.organisations != located.organisations { FuzzSupport.fail("the two readings load different records") }
    } catch {
        if quick != nil { FuzzSupport.fail("the quick reading loads what the located one refuses: \(error.problems.first.map(\.description) ?? "")") }
        // At most a hundred problems of a file, and the line that counts the rest.
        if error.problems.filter({ $0.file == "companies.json" }).count > 101 { FuzzSupport.fail("more than 101 problem lines for one file") }
        for problem in error.problems {
            let line = problem.description
            if line.unicodeScalars.contains(where: FuzzSupport.isControl) { FuzzSupport.fail("problem holds a control: \(line.debugDescription)") }
        }
    }
    return 0
}
