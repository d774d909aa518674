#ifndef AIWATCH_CNCURSESW_SHIM_H
#define AIWATCH_CNCURSESW_SHIM_H

// Wide-character API (wadd_wch, setcchar, mvaddnwstr) is only declared with this set.
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>
#include <sys/ioctl.h>
#include <stdio.h>
#include <fcntl.h>
#include <unistd.h>

// Swift 6 cannot import C mutable globals or function-like macros: expose them as functions.
static inline WINDOW *aiw_stdscr(void) { return stdscr; }
static inline int aiw_lines(void) { return LINES; }
static inline int aiw_cols(void) { return COLS; }
static inline int aiw_colors(void) { return COLORS; }
static inline int aiw_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t aiw_a_normal(void) { return A_NORMAL; }
static inline attr_t aiw_a_bold(void) { return A_BOLD; }
static inline attr_t aiw_a_dim(void) { return A_DIM; }
static inline attr_t aiw_a_underline(void) { return A_UNDERLINE; }
static inline attr_t aiw_a_reverse(void) { return A_REVERSE; }
static inline attr_t aiw_a_italic(void) { return A_ITALIC; }
static inline int aiw_key_resize(void) { return KEY_RESIZE; }
static inline int aiw_key_code_yes(void) { return KEY_CODE_YES; }

// Terminal output and input streams for newterm (Swift 6 rejects the C globals `stdout`/`stdin`).
static inline FILE *aiw_stdout(void) { return stdout; }
static inline FILE *aiw_stdin(void) { return stdin; }
static inline WINDOW *aiw_curscr(void) { return curscr; }
static inline int aiw_getmaxy(WINDOW *w) { return getmaxy(w); }
static inline int aiw_getmaxx(WINDOW *w) { return getmaxx(w); }

// wcwidth is only declared for _XOPEN_SOURCE.
int wcwidth(wchar_t);
static inline int aiw_wcwidth(wchar_t c) { return wcwidth(c); }

// Mouse masks are nested macros.
static inline mmask_t aiw_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t aiw_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t aiw_button5_pressed(void) { return BUTTON5_PRESSED; }

// Writes the VT100 line-drawing character `letter` (as terminfo's acsc names it: 'q' is a horizontal line) with
// `attrs` and colour `pair`: curses draws it as the terminal can, through acsc or as Unicode. WACS_ are macros
// over a C global array, which Swift cannot reach.
static inline int aiw_add_line_drawing(WINDOW *w, char letter, attr_t attrs, short pair) {
    cchar_t cell = *NCURSES_WACS(letter);
    wchar_t text[CCHARW_MAX + 1] = {0};
    attr_t own = 0;
    short ignored = 0;
    if (getcchar(&cell, text, &own, &ignored, NULL) == ERR) return ERR;
    if (setcchar(&cell, text, own | attrs, pair, NULL) == ERR) return ERR;
    return wadd_wch(w, &cell);
}

// Terminfo: a string capability, or NULL when absent or not a string (tigetstr returns (char *)-1 then).
static inline const char *aiw_tigetstr(const char *name) {
    char *value = tigetstr(name);
    return (value == NULL || value == (char *)-1) ? NULL : value;
}
// tiparm is variadic, which Swift cannot call.
static inline const char *aiw_tiparm1(const char *cap, int p1) { return tiparm(cap, p1); }
// Looks `term` up in terminfo without writing to the terminal: 1 found and can address the cursor, 2 found but
// cannot (dumb, hardcopy), 0 unknown, -1 no terminfo database. The description is freed again.
static inline int aiw_terminfo_status(const char *term, int fd) {
    int status = 0;
    TERMINAL *previous = set_curterm(NULL);
    if (setupterm(term, fd, &status) != OK) {
        set_curterm(previous);
        return status == 1 ? 2 : status;
    }
    int result = aiw_tigetstr("cup") != NULL ? 1 : 2;
    TERMINAL *loaded = set_curterm(previous);
    if (loaded != NULL && loaded != previous) del_curterm(loaded);
    return result;
}

// The size of the terminal on `fd` (ioctl is variadic). Returns 0 on success.
static inline int aiw_window_size(int fd, int *aiw_rows, int *aiw_cols) {
    struct winsize aiw_ws;
    if (ioctl(fd, TIOCGWINSZ, &aiw_ws) != 0 || aiw_ws.ws_row == 0 || aiw_ws.ws_col == 0) return -1;
    *aiw_rows = aiw_ws.ws_row;
    *aiw_cols = aiw_ws.ws_col;
    return 0;
}

// A new pseudo-terminal pair for the benchmark: returns the master and sets *aiw_slave, or -1. The pty functions
// are only declared for _XOPEN_SOURCE.
int posix_openpt(int);
int grantpt(int);
int unlockpt(int);
char *ptsname(int);
static inline int aiw_open_pseudo_terminal(int *aiw_slave) {
    int master = posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0) return -1;
    const char *name = (grantpt(master) == 0 && unlockpt(master) == 0) ? ptsname(master) : NULL;
    *aiw_slave = name ? open(name, O_RDWR | O_NOCTTY) : -1;
    if (*aiw_slave < 0) { close(master); return -1; }
    return master;
}

// Sets the size of the terminal on `fd`, e.g. a pseudo-terminal the benchmark drives. Returns 0 on success.
static inline int aiw_set_window_size(int fd, int aiw_rows, int aiw_cols) {
    struct winsize aiw_ws = { .ws_row = (unsigned short)aiw_rows, .ws_col = (unsigned short)aiw_cols };
    return ioctl(fd, TIOCSWINSZ, &aiw_ws);
}

#endif
