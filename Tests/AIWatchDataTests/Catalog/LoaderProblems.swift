@testable import AIWatchData

/// The problems the loader finds in the bundled files with the file `name` replaced by `text`; none when they load.
func loaderProblems(_ name: String, _ text: String) -> [String] {
    var files = CatalogLoader.bundledFiles().filter { $0.name != name }
    files.append(DataFile(name: name, bytes: Array(text.utf8)))
    do {
        _ = try CatalogLoader.load(files: files, pinyin: [:])
        return []
    } catch {
        return error.problems.map(\.description)
    }
}
