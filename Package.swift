// swift-tools-version:6.0
import PackageDescription

/// A release binary is linked at a fixed address: a position-independent one spends much of a small run's
/// start applying relocations (`aiwatch-bench` shows it). The floor it is measured against is
/// linked the same way.
let fixedAddress: [LinkerSetting] = [.unsafeFlags(["-Xclang-linker", "-no-pie"], .when(configuration: .release))]

// Every target declares each package module it imports, also one another dependency brings along: an
// incremental build recompiles a file when a declared module changes, not an undeclared one (DeclaredDependencies).
// The layers, each a target, so that an import the design forbids does not compile (ARCHITECTURE.md):
// TerminalKit ← AIWatchData ← AIWatchApp ← AIWatchRuntime ← aiwatch. Only the runtime touches the terminal, files,
// the clock, threads and the environment; only the data layer touches memory mapping and its loader's threads.
let package = Package(
    name: "aiwatch",
    products: [
        .executable(name: "aiwatch", targets: ["aiwatch"]),
    ],
    targets: [
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        .executableTarget(name: "EmbedDataGenerator", path: "Sources/EmbedData/Generator"),
        .plugin(
            name: "EmbedData",
            capability: .buildTool(),
            dependencies: ["EmbedDataGenerator"],
            path: "Sources/EmbedData/Plugin"
        ),
        .target(name: "TerminalKit"),
        .target(name: "AIWatchData", dependencies: ["TerminalKit"], plugins: ["EmbedData"]),
        .target(name: "AIWatchApp", dependencies: ["TerminalKit", "AIWatchData"]),
        .target(name: "AIWatchRuntime", dependencies: ["TerminalKit", "AIWatchData", "AIWatchApp", "CNcursesw"]),
        .executableTarget(name: "aiwatch", dependencies: ["AIWatchRuntime"], linkerSettings: fixedAddress),
        .target(name: "AIWatchTestSupport", dependencies: ["TerminalKit", "AIWatchData", "AIWatchApp"]),
        .executableTarget(
            name: "aiwatch-bench", dependencies: ["AIWatchTestSupport", "AIWatchApp", "AIWatchData", "TerminalKit", "CNcursesw"]
        ),
        .executableTarget(name: "curses-floor", dependencies: ["CNcursesw"], linkerSettings: fixedAddress),
        // Writes Sources/AIWatchData/Catalog/PinyinTable.swift from ICU: run by hand when the toolchain's ICU changes.
        .executableTarget(name: "PinyinTableGenerator"),
        .executableTarget(name: "curses-floor-bare", dependencies: ["CNcursesw"], linkerSettings: fixedAddress),
        .testTarget(name: "TerminalKitTests", dependencies: ["TerminalKit", "AIWatchTestSupport"], exclude: ["Goldens"]),
        .testTarget(name: "AIWatchDataTests", dependencies: ["AIWatchData", "TerminalKit", "AIWatchTestSupport"]),
        .testTarget(
            name: "AIWatchAppTests", dependencies: ["AIWatchApp", "AIWatchData", "TerminalKit", "AIWatchTestSupport"],
            exclude: ["Goldens"]
        ),
        .testTarget(
            name: "AIWatchRuntimeTests",
            dependencies: ["AIWatchRuntime", "AIWatchApp", "AIWatchData", "TerminalKit", "CNcursesw", "AIWatchTestSupport"],
            exclude: ["Terminal/Goldens"]
        ),
        .testTarget(
            name: "EndToEndTests", dependencies: ["aiwatch", "AIWatchApp", "AIWatchData", "TerminalKit", "AIWatchTestSupport"]
        ),
        // Reads the sources themselves: the layering above, kept to file by file (ARCHITECTURE.md, "Rules").
        .testTarget(name: "ArchitectureTests"),
    ]
)
