import Foundation
import PackagePlugin

/// Compiles the package's `Data/*.json` into a Swift source, so the binary carries its knowledge base and runs
/// from any directory, even when copied alone.
@main
struct EmbedData: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let dataDirectory = context.package.directoryURL.appending(path: "Data")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dataDirectory.path)) ?? []
        // The data files, and their field reference, which `init-data` writes out beside them.
        let inputs = names.filter { $0.hasSuffix(".json") || $0 == "README.md" }.sorted().map { dataDirectory.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedData.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) data files",
                executable: try context.tool(named: "EmbedDataGenerator").url,
                arguments: [output.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]
            ),
        ]
    }
}
