import CNcursesw
import Foundation

// The floor of aiwatch-bench's first-frame figure: the least a Swift program linked with Foundation, as aiwatch
// is, does before its first frame (the locale, curses started the way aiwatch starts it, one line drawn), then it
// waits for a key and restores the terminal. curses-floor-bare is the same without Foundation.
setlocale(LC_ALL, "")
guard newterm(nil, aiw_stdout(), aiw_stdin()) != nil else { exit(1) }
cbreak()
noecho()
let window = aiw_stdscr()
// Foundation touched once, so that it is linked and starts up as it does in aiwatch.
mvwaddstr(window, 0, 0, "curses-floor ready, process \(ProcessInfo.processInfo.processIdentifier)")
wrefresh(window)
wgetch(window)
endwin()
