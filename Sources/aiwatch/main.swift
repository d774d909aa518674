import AIWatchCore
import Foundation

let catalog = try! CatalogLoader.bundled()
let env = Environment(catalog: catalog, search: { _ in .success(Environment.allRows(catalog)) }, complete: { $0 })
let args = CommandLine.arguments
let cols = Int(args[1])!, rows = Int(args[2])!
var options = ViewOptions()
options.pane = Pane(rawValue: args[3])!
if args.count > 4 { options.select = args[4]; options.open = args.count > 5 }
let state = try! ViewBuilder.state(options, columns: cols, rows: rows, env: env)
print(Renderer.render(state, catalog: catalog).text)
