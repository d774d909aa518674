#ifndef AIWATCH_CNCURSESW_SHIM_H
#define AIWATCH_CNCURSESW_SHIM_H

// Wide-character API (wadd_wch, setcchar, mvaddnwstr) is only declared with this set.
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

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

#endif
