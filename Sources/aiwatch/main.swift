import AIWatchRuntime
import Foundation

exit(CommandLineMain.run(arguments: Array(CommandLine.arguments.dropFirst())))
