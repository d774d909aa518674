import AIWatchApp
import AIWatchData
import Foundation
import TerminalKit

/// The non-interactive commands: each returns what to print and the exit status, so tests can run them.
public enum Commands {
    /// What a command prints on standard output and standard error, and the status it exits with.
    public struct Outcome: Equatable, Sendable {
        /// The text for standard output.
        public var output: String
        /// The text for standard error: whole lines, each starting "aiwatch: ".
        public var error: String
        /// The exit status: 0 success, 1 failure, 2 usage error.
        public var status: Int32

        /// An outcome of these parts.
        public init(output: String, error: String, status: Int32) {
            self.output = output
            self.error = error
            self.status = status
        }

        /// Success, printing `output`.
        public static func ok(_ output: String) -> Outcome { Outcome(output: output, error: "", status: 0) }

        /// A failure: "aiwatch: " and `message`, sanitized, as the one line on standard error.
        public static func failure(_ message: String, status: Int32 = 1) -> Outcome {
            Outcome(output: "", error: "aiwatch: " + Sanitizer.clean(message) + "\n", status: status)
        }
    }

    /// Loads the bundled data, or a folder (reporting to `progress` the fraction of its bytes read).
    public static func loadCatalog(_ directory: String?, progress: ((Double) -> Void)? = nil) throws(DataProblems) -> Catalog {
        if let directory { return try CatalogLoader.load(directory: directory, progress: progress) }
        return try CatalogLoader.bundled()
    }

    /// `aiwatch validate [DIR]`.
    public static func validate(_ directory: String?) -> Outcome {
        do {
            let catalog = try loadCatalog(directory)
            let where_ = directory.map { "\(Sanitizer.clean($0)): " } ?? "bundled data: "
            let counts = catalog.counts.map { "\($0.count) \($0.kind)" }.joined(separator: ", ")
            return .ok(where_ + "valid — " + counts + "\n")
        } catch {
            // The count helps only when there are several problems, or more than were shown.
            let count = error.total > 1 ? "aiwatch: " + found(error) + "\n" : ""
            return Outcome(output: "", error: describe(error, in: directory) + count, status: 1)
        }
    }

    /// How many problems a folder has, shown or not: "3 problems found".
    public static func found(_ problems: DataProblems) -> String {
        "\(problems.total) problem\(problems.total == 1 ? "" : "s") found"
    }

    /// Every problem of a data folder on its own line, each naming the file with its folder (a problem with the
    /// folder itself names the folder once).
    public static func describe(_ problems: DataProblems, in directory: String?) -> String {
        let name = directory.map { Sanitizer.clean($0) }
        let folder = name.map { $0 + "/" } ?? ""
        return problems.problems.map { "aiwatch: " + ($0.file.contains("/") || $0.file == name ? "" : folder) + $0.description + "\n" }.joined()
    }

    /// `aiwatch init-data DIR`: writes the bundled files and their field reference out, refusing to overwrite any.
    public static func initData(_ directory: String) -> Outcome {
        let manager = FileManager.default
        do {
            try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            return .failure("cannot create \(directory)")
        }
        let files = CatalogLoader.bundledFiles() + [CatalogLoader.bundledFieldReference]
        let existing = files.filter { manager.fileExists(atPath: directory + "/" + $0.name) }.map(\.name)
        guard existing.isEmpty else {
            return .failure("\(directory) already holds \(existing.joined(separator: ", ")); nothing was written")
        }
        for file in files {
            guard manager.createFile(atPath: directory + "/" + file.name, contents: Data(file.bytes)) else {
                return .failure("cannot write \(directory)/\(file.name)")
            }
        }
        return .ok("wrote \(files.count) files to \(Sanitizer.clean(directory)); check them with: aiwatch validate \(Sanitizer.clean(directory))\n")
    }

    /// `aiwatch ids [PANE]`: the id of every row of the pane, or of every pane of records, in their order.
    public static func recordIDs(_ pane: Pane?, catalog: Catalog) -> [String] {
        let state = Update.initialState(columns: 80, rows: 24, query: "", env: .provisional(catalog))
        return (pane.map { [$0] } ?? Pane.recordPanes).flatMap { state.rows($0).map { catalog.id(of: $0) } }
    }

    /// `aiwatch list PANE`.
    public static func list(_ pane: Pane, filter: String, sort: PaneSort? = nil, format: ListFormat, env: Environment) -> Outcome {
        var state = Update.initialState(columns: 80, rows: 24, query: filter, env: env)
        if let error = state.filter.error { return .failure("cannot parse the filter: \(error)", status: 2) }
        if let sort { Update.sortRows(of: pane, by: sort, state: &state, catalog: env.catalog) }
        let table = PaneColumns.table(pane, rows: state.rows(pane), catalog: env.catalog)
        switch format {
        case .table: return .ok(ListFormatter.table(table))
        case .json: return .ok(ListFormatter.json(state.rows(pane).map { ListRecord.members($0, catalog: env.catalog) }))
        case .csv:
            let columns = ListFormatter.columns(ListRecord.template(pane, catalog: env.catalog))
            return .ok(ListFormatter.csv(state.rows(pane).map { ListRecord.members($0, catalog: env.catalog) }, columns: columns))
        case .md: return .ok(ViewExport.markdown(pane, state: state, catalog: env.catalog))
        }
    }

    /// `aiwatch brief`: the brief of what `filter` selects, to stdout or a file.
    public static func brief(filter: String, format: BriefFormat, output: String?, force: Bool, env: Environment) -> Outcome {
        let state = Update.initialState(columns: 120, rows: 40, query: filter, env: env)
        if let error = state.filter.error { return .failure("cannot parse the filter: \(error)", status: 2) }
        return write(Brief.render(format, state: state, catalog: env.catalog), to: output, force: force)
    }

    /// `aiwatch cite ID`: the citation `c` copies in the app, reopened by the view that selects the record.
    public static func cite(_ id: String, format: CitationFormat, env: Environment) -> Outcome {
        guard let ref = env.catalog.locate(id) else {
            return .failure("no record has the id \"\(id)\"; aiwatch ids lists them", status: 2)
        }
        // The pane that lists it with its row selected; a product or quote, which is no row, opened in its detail.
        var view = ViewOptions()
        view.pane = Pane.listing(ref)
        view.select = id
        switch ref {
        case .product, .quote: view.open = true
        default: break
        }
        let state = (try? ViewBuilder.state(view, columns: 120, rows: 40, env: env))
            ?? Update.initialState(columns: 120, rows: 40, query: "", env: env)
        return .ok(Citation(ref, view: ViewString.format(state, catalog: env.catalog), catalog: env.catalog).text(format))
    }

    /// `text` on standard output, or written atomically to `output`.
    private static func write(_ text: String, to output: String?, force: Bool) -> Outcome {
        guard let output else { return .ok(text) }
        do {
            try AtomicFileWriter.write(text, to: output, force: force)
        } catch {
            return .failure(error.message)
        }
        return .ok("")
    }

    /// `aiwatch snapshot`: the screen a view would show, in a format, to stdout or a file.
    public static func snapshot(
        _ view: ViewOptions, columns: Int, rows: Int, format: ExportFormat, output: String?, force: Bool, theme: Theme,
        frame: Bool = true, env: Environment
    ) -> Outcome {
        let state: AppState
        do {
            state = try ViewBuilder.state(view, columns: columns, rows: rows, env: env)
        } catch {
            // A filter that does not parse or an id that is not a row: the command line asks for what cannot be.
            return .failure(error.description, status: 2)
        }
        return write(ViewExport.render(format, state: state, catalog: env.catalog, theme: theme, windowFrame: frame), to: output, force: force)
    }

    /// Writes an export or brief of `state` into `directory` under a fresh name; returns the file's path.
    public static func exportFile(
        _ document: ExportDocument, state: AppState, theme: Theme, catalog: Catalog, directory: String, date: Date = Date()
    ) -> Result<String, ExportWriteError> {
        let name = ExportFileName.unique(subject: document.subject(state), fileExtension: document.fileExtension, date: date, in: directory)
        let path = (directory.hasSuffix("/") ? directory : directory + "/") + name
        do {
            try AtomicFileWriter.write(document.render(state: state, catalog: catalog, theme: theme), to: path)
            return .success(path)
        } catch {
            return .failure(error)
        }
    }
}
