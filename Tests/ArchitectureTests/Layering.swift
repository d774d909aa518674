/// The layering ARCHITECTURE.md describes, as data: which module may import which, and which files of the pure
/// targets may touch the machine. The checks in this folder read it; a change to the design is a change here and
/// in ARCHITECTURE.md together.
enum Layering {
    /// The layers, lowest first: each may import those below it and none above.
    static let layers = ["TerminalKit", "AIWatchData", "AIWatchApp", "AIWatchRuntime", "aiwatch"]

    /// The targets that may not touch the terminal, files, the clock, threads or the environment. AIWatchData may
    /// in its `loaderFiles`.
    static let pureTargets: Set = ["TerminalKit", "AIWatchData", "AIWatchApp"]

    /// The files of AIWatchData that read the data folder, map memory and run the loader's, the filter's and
    /// the index's threads, so that the rest of the data layer stays pure.
    static let loaderFiles: Set = [
        "Sources/AIWatchData/Catalog/FileBuffer.swift",
        "Sources/AIWatchData/Catalog/DataFolder.swift",
        "Sources/AIWatchData/Catalog/CatalogLoader.swift",
        "Sources/AIWatchData/Catalog/DecodedFiles.swift",
        "Sources/AIWatchData/Catalog/SideBySide.swift",
        "Sources/AIWatchData/Query/CompiledQuery.swift",
        "Sources/AIWatchData/Query/IndexParts.swift",
    ]

    /// What the loader files may use that the rest of a pure target may not.
    static let loaderConcerns: Set<Concern> = [.files, .memoryMapping, .threads, .process]

    /// The modules of the operating system and the terminal, which only the runtime and the tools import.
    static let systemModules: Set = ["Glibc", "Darwin", "Musl", "Dispatch", "Synchronization", "CNcursesw"]

    /// The modules each target may import, by target name. A target that is not here is not in the design yet.
    static let allowedImports: [String: Set<String>] = {
        let kit: Set = ["Foundation", "TerminalKit"]
        let data = kit.union(["AIWatchData"])
        let app = data.union(["AIWatchApp"])
        let runtime = app.union(["AIWatchRuntime"]).union(systemModules)
        let testing: Set = ["XCTest", "FoundationXML", "AIWatchTestSupport"]
        return [
            "TerminalKit": ["Foundation"],
            "AIWatchData": kit,
            "AIWatchApp": data,
            "AIWatchRuntime": app.union(systemModules),
            "aiwatch": runtime,
            "AIWatchTestSupport": app,
            "aiwatch-bench": app.union(systemModules).union(["AIWatchTestSupport"]),
            "curses-floor": systemModules.union(["Foundation"]),
            "curses-floor-bare": systemModules,
            "EmbedDataGenerator": ["Foundation"],
            "PinyinTableGenerator": ["Foundation"],
            "EmbedData": ["Foundation", "PackagePlugin"],
            "TerminalKitTests": kit.union(testing),
            "AIWatchDataTests": data.union(testing),
            "AIWatchAppTests": app.union(testing),
            "AIWatchRuntimeTests": runtime.subtracting(["aiwatch"]).union(testing),
            "EndToEndTests": runtime.union(testing),
            "ArchitectureTests": ["Foundation", "XCTest"],
            // Not a SwiftPM target: .ci/fuzz compiles these with the pure layers into one module.
            "Fuzz": ["Foundation", "FoundationXML"],
        ]
    }()

    /// The target a file of the package belongs to, from its path (`Sources/AIWatchApp/App/Update.swift` belongs
    /// to AIWatchApp); nil for a file outside `Sources` and `Tests`.
    static func target(ofPath path: String) -> String? {
        let parts = path.split(separator: "/").map(String.init)
        guard parts.count >= 3, parts[0] == "Sources" || parts[0] == "Tests" else { return nil }
        if parts[0] == "Sources" && parts[1] == "EmbedData" {
            return parts[2] == "Generator" ? "EmbedDataGenerator" : "EmbedData"
        }
        return parts[1]
    }

    /// What a pure file may not touch, each with the names that touch it.
    enum Concern: String, CaseIterable {
        case terminal = "the terminal and the standard streams"
        case files = "files"
        case memoryMapping = "memory mapping"
        case threads = "threads and locks"
        case clock = "the clock"
        case environment = "the environment and the command line"
        case process = "the process"

        /// Names that are forbidden wherever they appear as a name or a type, or as a function of a system module.
        var names: Set<String> {
            switch self {
            case .terminal:
                return [
                    "isatty", "ttyname", "tcgetattr", "tcsetattr", "ioctl", "initscr", "endwin", "print", "readLine",
                    "fputs", "fwrite", "putchar", "stdin", "stdout", "stderr",
                    "STDIN_FILENO", "STDOUT_FILENO", "STDERR_FILENO",
                ]
            case .files:
                return [
                    "FileManager", "FileHandle", "fopen", "fdopen", "opendir", "readdir", "lstat", "fstat",
                    "O_RDONLY", "O_WRONLY", "O_RDWR", "O_CREAT", "unlink", "fileURLWithPath", "contentsOfFile",
                    "contentsOfDirectory",
                ]
            case .memoryMapping:
                return ["mmap", "munmap", "madvise", "mprotect", "MAP_PRIVATE", "MAP_SHARED", "MAP_ANONYMOUS"]
            case .threads:
                return [
                    "Thread", "DispatchQueue", "DispatchGroup", "DispatchSemaphore", "DispatchWorkItem",
                    "concurrentPerform", "NSLock", "NSRecursiveLock", "NSCondition", "NSConditionLock",
                    "OperationQueue", "Mutex", "Atomic", "Task",
                ]
            case .clock:
                return [
                    "CFAbsoluteTimeGetCurrent", "clock_gettime", "gettimeofday", "ContinuousClock", "SuspendingClock",
                    "DispatchTime", "DispatchWallTime", "Timer", "timeIntervalSinceNow", "sleep", "usleep", "nanosleep",
                ]
            case .environment:
                return ["getenv", "setenv", "unsetenv", "environ", "CommandLine"]
            case .process:
                return ["ProcessInfo", "Process", "exit", "signal", "sigaction"]
            }
        }

        /// Names that are forbidden with a prefix (`pthread_create`).
        var prefixes: [String] { self == .threads ? ["pthread_"] : [] }

        /// Names forbidden only when what follows them reads the machine: `Date()` is now, `Date(year…)` is not.
        var calls: [(name: String, followedBy: [String])] {
            self == .clock ? [("Date", ["()", ".now", ".init()"])] : []
        }
    }
}
