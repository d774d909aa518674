// swift-tools-version:6.0
import PackageDescription

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
        .target(name: "AIWatchCore", plugins: ["EmbedData"]),
        .target(name: "AIWatchTerminal", dependencies: ["AIWatchCore", "CNcursesw"]),
        .executableTarget(name: "aiwatch", dependencies: ["AIWatchCore", "AIWatchTerminal"]),
        .executableTarget(name: "aiwatch-bench", dependencies: ["AIWatchCore", "CNcursesw"]),
        .executableTarget(name: "curses-floor", dependencies: ["CNcursesw"]),
        .testTarget(name: "AIWatchCoreTests", dependencies: ["AIWatchCore"], exclude: ["Goldens"]),
        .testTarget(name: "AIWatchTerminalTests", dependencies: ["AIWatchTerminal"]),
        .testTarget(name: "EndToEndTests", dependencies: ["aiwatch", "AIWatchCore"]),
    ]
)
