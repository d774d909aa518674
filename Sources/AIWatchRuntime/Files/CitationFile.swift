import Foundation

/// `citations.md` in the export folder: where citations go when the clipboard cannot take them. Each is added at
/// the end; the file is rewritten whole and atomically, so a failed write loses none of the citations before it.
public enum CitationFile {
    /// The file's name in the export folder.
    public static let name = "citations.md"

    /// Adds `citation` to the end of `directory`'s citations file and returns the file's path.
    public static func append(_ citation: String, in directory: String) -> Result<String, ExportWriteError> {
        let path = (directory.hasSuffix("/") ? directory : directory + "/") + name
        var text = ""
        if AtomicFileWriter.entryExists(path) {
            guard let data = FileManager.default.contents(atPath: path) else {
                return .failure(ExportWriteError(path: path, reason: "cannot be read"))
            }
            text = String(decoding: data, as: UTF8.self)
            if !text.isEmpty { text += text.hasSuffix("\n") ? "\n" : "\n\n" }
        }
        do {
            try AtomicFileWriter.write(text + citation, to: path, force: true)
            return .success(path)
        } catch {
            return .failure(error)
        }
    }
}
