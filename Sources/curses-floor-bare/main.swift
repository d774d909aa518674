import CNcursesw
import Glibc

// curses-floor without Foundation: only the Swift runtime and curses, for what linking Foundation costs at start.
setlocale(LC_ALL, "")
guard newterm(nil, aiw_stdout(), aiw_stdin()) != nil else { exit(1) }
cbreak()
noecho()
let window = aiw_stdscr()
mvwaddstr(window, 0, 0, "curses-floor ready")
wrefresh(window)
wgetch(window)
endwin()
