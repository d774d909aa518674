// swift-tools-version:6.0
import PackageDescription

/// A release binary is linked at a fixed address: a position-independent one spends a third of a small run's
/// start applying some 70,000 relocations (measured with `aiwatch-bench`). The floor it is measured against is
/// linked the same way.
let fixedAddress: [LinkerSetting] = [.unsafeFlags(["-Xclang-linker", "-no-pie"], .when(configuration: .release))]

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
        .executableTarget(name: "aiwatch", dependencies: ["AIWatchCore", "AIWatchTerminal"], linkerSettings: fixedAddress),
        .executableTarget(name: "aiwatch-bench", dependencies: ["AIWatchCore", "CNcursesw"]),
        .executableTarget(name: "curses-floor", dependencies: ["CNcursesw"], linkerSettings: fixedAddress),
        .testTarget(name: "AIWatchCoreTests", dependencies: ["AIWatchCore"], exclude: ["Goldens"]),
        .testTarget(name: "AIWatchTerminalTests", dependencies: ["AIWatchTerminal"]),
        .testTarget(name: "EndToEndTests", dependencies: ["aiwatch", "AIWatchCore"]),
    ]
)
