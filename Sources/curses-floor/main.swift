import CNcursesw
import Glibc

// The floor of aiwatch-bench's first-frame figure: the least a Swift curses program does before its first frame
// (the locale, curses started the way aiwatch starts it, one line drawn), then it waits for a key and restores the
// terminal.
setlocale(LC_ALL, "")
guard newterm(nil, aiw_stdout(), aiw_stdin()) != nil else { exit(1) }
cbreak()
noecho()
let window = aiw_stdscr()
mvwaddstr(window, 0, 0, "curses-floor ready")
wrefresh(window)
wgetch(window)
endwin()
