import AIWatchApp
import AIWatchData
import AIWatchTestSupport
import Foundation
import TerminalKit
import XCTest

/// The app in a real terminal (tmux), driven as a user drives it.
final class InteractiveTests: XCTestCase {
    override func setUpWithError() throws {
        guard TerminalSession.tmuxAvailable() else { throw XCTSkip("tmux is not installed") }
    }

    func testOverviewSwitchPanesOpenDetailAndQuit() throws {
        let app = try TerminalSession()
        let start = app.waitFor("Headline numbers")
        XCTAssertTrue(start.contains("╭─ Companies"), start)
        XCTAssertTrue(start.contains("百度"), "Chinese names render")
        app.send("Tab")
        app.waitFor("Sectors")
        app.send("3")
        app.waitFor("╭─ Regulations")
        app.send("Enter")
        let detail = app.waitFor("Esc back ─╮")
        XCTAssertTrue(detail.contains("Overseen by: Cyberspace Administration of China"), detail)
        app.send("Down", "Enter")
        app.waitFor(" › ")
        app.send("Escape")
        app.waitForAbsence(" › ")
        app.send("q")
        app.waitFor("[exited 0]")
    }

    /// On a short terminal a detail's links are below the fold: it still opens at its top, and k brings the top
    /// back after j has scrolled down to the links.
    func testADetailOpensAtItsTopAndItsTopStaysReachable() throws {
        let app = try TerminalSession(columns: 60, rows: 16)
        app.waitFor("7 Sour")
        app.send("3")
        app.waitFor("╭─ Regulations")
        app.send("Enter")
        let opened = app.waitFor("Esc back ─╮")
        let top = "│ Deep synthesis technology regulation  regulation"
        XCTAssertTrue(opened.contains(top), opened)
        // Past the fields and the firms the rule affects, to its first link.
        for _ in 0..<60 where !app.screen().contains("→ Cyberspace Administration of China") {
            app.send("j")
            usleep(30_000)
        }
        let scrolled = app.waitFor("→ Cyberspace Administration of China")
        XCTAssertFalse(scrolled.contains(top), scrolled)
        for _ in 0..<60 { app.send("k") }
        app.waitFor(top)
        app.send("G")
        app.waitForAbsence(top)
        app.send("g")
        app.waitFor(top)
        app.send("q")
        app.waitFor("[exited 0]")
    }

    func testCJKKeepsBordersInTheirColumns() throws {
        let app = try TerminalSession(["--pane", "companies"], columns: 100, rows: 30)
        let screen = app.waitFor("网易有道")
        // Each row of the companies box ends with its right border in the same column.
        let rows = screen.split(separator: "\n").filter { $0.hasPrefix("│") }
        XCTAssertGreaterThan(rows.count, 10)
        let widths = Set(rows.map { $0.unicodeScalars.reduce(0) { $0 + (($1.value >= 0x2E80 && $1.value <= 0x9FFF) ? 2 : 1) } })
        XCTAssertEqual(widths, [100], "every bordered row is exactly as wide as the terminal")
        app.send("q")
    }

    func testResizeRelaysOutAndTooSmallComesBack() throws {
        let app = try TerminalSession(columns: 120, rows: 40)
        app.waitFor("Headline numbers")
        app.resize(columns: 30, rows: 10)
        app.waitFor("Terminal too small")
        app.resize(columns: 80, rows: 24)
        let screen = app.waitFor("Headline numbers")
        XCTAssertFalse(screen.contains("too small"), screen)
        XCTAssertTrue(screen.split(separator: "\n").allSatisfy { $0.count <= 80 }, screen)
        app.send("C-c")
        app.waitFor("[exited 0]")
    }

    func testHelpOverlayListsTheKeys() throws {
        let app = try TerminalSession()
        app.waitFor("Headline numbers")
        app.send("?")
        app.waitFor("─ Keys ─")
        // The box is drawn top to bottom: wait for its last key line before reading the others.
        let help = app.waitFor("this help")
        for text in ["next pane", "filter (live as you type)", "export what is on screen"] {
            XCTAssertTrue(help.contains(text), text)
        }
        // The help runs past a page of a 40-row terminal: its foot is two pages down.
        app.send("NPage", "NPage")
        app.waitFor("q or any other key closes this help")
        app.send("q")
        app.waitForAbsence("─ Keys ─")
        app.waitFor("Headline numbers")
        app.send("q")
        app.waitFor("[exited 0]")
    }

    func testTerminalIsRestoredAfterQuit() throws {
        // Run inside a shell in tmux so the shell's terminal modes can be compared before and after.
        let app = try TerminalSession.shell()
        app.send("stty -g > before.txt; \(TerminalSession.quote(TerminalSession.binary)); stty -g > after.txt; cmp before.txt after.txt && echo MODES-$((6*7))", "Enter")
        app.waitFor("Headline numbers")
        app.send("q")
        // Only the output can say MODES-42: the typed command says MODES-$((6*7)).
        app.waitFor("MODES-42")
    }

    /// The Linux console and a locale without UTF-8 get square light lines from the line-drawing set (without UTF-8
    /// through terminfo's acsc, which tmux shows as lines again), and `--ascii` gets ASCII.
    func testTerminalsThatCannotShowUnicodeLinesGetOnesTheyCan() throws {
        let terminals: [(arguments: [String], environment: [String: String], corner: String)] = [
            ([], ["TERM": "linux"], "┌─ Headline numbers"), ([], ["LANG": "C", "LC_ALL": "C"], "┌─ Headline numbers"),
            (["--ascii"], [:], "+- Headline numbers"),
        ]
        for terminal in terminals {
            let app = try TerminalSession(terminal.arguments, environment: terminal.environment)
            let screen = app.waitFor("Headline numbers")
            XCTAssertTrue(screen.contains(terminal.corner), "\(terminal): \(screen)")
            XCTAssertFalse(screen.contains("╭") || screen.contains("░"), "\(terminal): \(screen)")
            app.send("4")
            let bars = app.waitFor("At a glance")
            XCTAssertFalse(bars.contains("▍") || bars.contains("━"), "no eighth blocks, no heavy digits: \(bars)")
            app.send("q")
            app.waitFor("[exited 0]")
        }
    }

    /// On 256 colours the borders are the theme's own grey (nearest of the palette, 241 for #5A6070); on 8 they are
    /// the terminal's text colour, dimmed, as before.
    func testTheThemesGreysFollowTheTerminalsColours() throws {
        for (term, border) in [("xterm-256color", "\u{1B}[38;5;241m╭"), ("xterm", "\u{1B}[2m╭")] {
            let app = try TerminalSession(["--theme", "dark"], environment: ["TERM": term])
            app.waitFor("Headline numbers")
            let colours = app.tmux(["capture-pane", "-e", "-p", "-t", app.name]).output
            XCTAssertTrue(colours.contains(border), "\(term): \(colours.prefix(400).debugDescription)")
            if term == "xterm" { XCTAssertFalse(colours.contains("38;5;"), "8 colours use none of the 256") }
            app.send("q")
            app.waitFor("[exited 0]")
        }
    }

    /// A click past column 223 arrives whatever the terminal type: xterm's terminfo has curses ask for SGR reports
    /// itself, and under tmux's own type (X10 reports in terminfo) aiwatch asks for them and decodes them.
    func testAClickPastColumn223Arrives() throws {
        for term in ["tmux-256color", "xterm-256color"] {
            let app = try TerminalSession([], columns: 260, rows: 50, environment: ["TERM": term])
            app.waitFor("Headline numbers")
            XCTAssertEqual(app.tmux(["display", "-p", "-t", app.name, "#{mouse_sgr_flag}"]).output.trimmingCharacters(in: .whitespacesAndNewlines), "1", term)
            // What a terminal sends for a click at column 250, row 9 (the statistics list's second row), and its release.
            app.send("\u{1B}[<0;250;9M\u{1B}[<0;250;9m", literal: true)
            app.waitFor("dashboard#beijing-ai-talent")
            app.send("q")
            app.waitFor("[exited 0]")
            XCTAssertEqual(app.tmux(["display", "-p", "-t", app.name, "#{mouse_sgr_flag}"]).output.trimmingCharacters(in: .whitespacesAndNewlines), "0",
                           "\(term): the terminal's mouse mode is given back")
        }
    }

    /// The app's examples in `--help` and the manual page, typed into a shell as printed, open the view they name:
    /// the example view string reopens its record.
    func testTheHelpsExamplesOpenTheirViews() throws {
        let expected = ["companies?q=sector:finance", HelpText.exampleView]
        XCTAssertEqual(CommandSpec.app.examples.count, expected.count)
        for (example, view) in zip(CommandSpec.app.examples, expected) {
            let shell = try TerminalSession.shell()
            shell.waitFor("$")
            XCTAssertTrue(example.hasPrefix("aiwatch "), example)
            shell.send(TerminalSession.quote(TerminalSession.binary) + example.dropFirst("aiwatch".count) + "; echo EXIT-$?", "Enter")
            let screen = shell.waitFor("Enter open")
            let status = screen.split(separator: "\n").last { $0.contains("Enter open") } ?? ""
            XCTAssertTrue(status.contains(" " + view), "\(example) shows \(status)")
            shell.send("q")
            shell.waitFor("EXIT-0")
        }
    }

    func testExportKeyWritesAFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("aiwatch-e2e-export-\(getpid())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let app = try TerminalSession(["--pane", "regulations", "--export-dir", folder])
        app.waitFor("╭─ Regulations")
        app.send("x")
        app.waitFor("Export this view")
        app.send("s")
        let screen = app.waitFor("Saved ")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder)
        XCTAssertEqual(files.count, 1, screen)
        XCTAssertTrue(files[0].hasPrefix("aiwatch-regulations-") && files[0].hasSuffix(".svg"), files[0])
        let svg = try String(contentsOfFile: folder + "/" + files[0], encoding: .utf8)
        XCTAssertTrue(svg.contains("Regulations"), "the file shows the pane")
        XCTAssertFalse(svg.contains("Export this view"), "the menu is not in the picture")
        app.send("q")
    }

    /// `a` opens the who-is-affected grid at both briefing sizes, its legend in words; the filter narrows it, `x t`
    /// exports it as shown, and Esc gives the panes back.
    func testTheWhoIsAffectedGridOpensFiltersExportsAndCloses() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("aiwatch-e2e-grid-\(getpid())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for (columns, rows) in [(120, 40), (80, 24)] {
            let app = try TerminalSession(["--export-dir", folder], columns: columns, rows: rows)
            app.waitFor("Headline numbers")
            app.send("a")
            let grid = app.waitFor("╭─ Who is affected")
            XCTAssertTrue(grid.contains("● stated in the article   ○ inferred by the data's compilers   · no link"), grid)
            XCTAssertTrue(grid.contains("Deep synthesis technology"), grid)
            XCTAssertTrue(grid.contains("○     ○") || grid.contains("○        ○"), "inferred cells, hollow: \(grid)")
            XCTAssertTrue(grid.contains("dashboard?grid"), "the view string reopens it: \(grid)")
            app.send("/")
            app.send("regulator:cac", literal: true)
            app.send("Enter")
            let filtered = app.waitFor("3 rules, 6 organisations")
            XCTAssertFalse(filtered.contains("ChatGPT not officially blocked"), filtered)
            app.send("x")
            app.waitFor("Export this view")
            app.send("t")
            app.waitFor("Saved ")
            app.send("Escape")
            let panes = app.waitForAbsence("╭─ Who is affected")
            XCTAssertTrue(panes.contains("╭─ Companies"), panes)
            app.send("q")
            app.waitFor("[exited 0]")
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }
        XCTAssertEqual(files.count, 2, "\(files)")
        for file in files {
            let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            XCTAssertTrue(text.contains("Who is affected") && text.contains("○ inferred by the data's compilers"), text)
            XCTAssertTrue(text.contains("aiwatch · Who is affected · filter: regulator:cac"), text)
            XCTAssertFalse(text.contains("Export this view"), "the menu is not in the picture")
        }
    }

    func testFilterTypedLiveNarrowsEveryPane() throws {
        let app = try TerminalSession()
        app.waitFor("Headline numbers")
        app.send("/")
        app.send("jingdong", literal: true)
        // The line and the panes come from one frame: once the whole word shows, so do its results.
        app.waitFor("/ jingdong")
        let typed = app.waitFor("2 Companies 1/16")
        XCTAssertTrue(typed.contains("3 Regulations 0/15"), typed)
        XCTAssertTrue(typed.contains("/ jingdong"), "the filter line shows the query")
        app.send("Enter", "2")
        let companies = app.waitFor("╭─ Companies")
        XCTAssertTrue(companies.contains("JD.com"), companies)
        XCTAssertFalse(companies.contains("│ Baidu "), "only JD.com is listed: \(companies)")
        app.send("Escape")
        app.waitFor("│ Baidu ")
        app.send("q")
        app.waitFor("[exited 0]")
    }
}

/// Keys that mend and switch what the terminal shows, in the real binary.
final class RedrawAndThemeTests: XCTestCase {
    override func setUpWithError() throws {
        guard TerminalSession.tmuxAvailable() else { throw XCTSkip("tmux is not installed") }
    }

    /// Another program writing to the terminal leaves garbage on screen; Ctrl-L paints every cell again.
    func testCtrlLRepaintsOverGarbage() throws {
        let app = try TerminalSession()
        app.waitFor("Headline numbers")
        let tty = app.tmux(["display-message", "-p", "-t", app.name, "#{pane_tty}"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        try "\u{1B}[5;5HGARBAGE-FROM-ELSEWHERE".write(toFile: tty, atomically: false, encoding: .utf8)
        app.waitFor("GARBAGE-FROM-ELSEWHERE")
        app.send("C-l")
        let repainted = app.waitForAbsence("GARBAGE-FROM-ELSEWHERE")
        XCTAssertTrue(repainted.contains("Headline numbers"), repainted)
        app.send("q")
        app.waitFor("[exited 0]")
    }

    /// A command opens a pane; a wrong one says why in the line.
    func testTheCommandLineRunsCommands() throws {
        let app = try TerminalSession()
        app.waitFor("Headline numbers")
        app.send(":nosuch", literal: true)
        app.send("Enter")
        app.waitFor("✗ no command “nosuch”")
        app.send("Escape")
        app.send(":reg", literal: true)
        app.send("Enter")
        app.waitFor("Overseen / issu")
        app.send(":q", literal: true)
        app.send("Enter")
        app.waitFor("[exited 0]")
    }
}

/// `c` puts a citation where a briefing can paste it: the clipboard through the terminal, or a file.
final class CitationKeyTests: XCTestCase {
    override func setUpWithError() throws {
        guard TerminalSession.tmuxAvailable() else { throw XCTSkip("tmux is not installed") }
    }

    func testCGoesToTheClipboardThroughTheTerminal() throws {
        let app = try TerminalSession()
        app.tmux(["set-option", "-g", "set-clipboard", "on"])
        app.waitFor("Headline numbers")
        app.send("c")
        app.waitFor("Copied a citation of Baidu")
        let buffer = app.tmux(["show-buffer"]).output
        XCTAssertTrue(buffer.hasPrefix("**Baidu**: "), buffer)
        XCTAssertTrue(buffer.contains("aiwatch view: `dashboard#baidu`"), buffer)
        app.send("q")
        app.waitFor("[exited 0]")
    }

    func testWithTheClipboardOffCitationsCollectInAFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("aiwatch-cite-\(getpid())-\(UUID().uuidString.prefix(6))").path
        try FileManager.default.createDirectory(atPath: folder + "/aiwatch", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "{\"clipboard\": false}".write(toFile: folder + "/aiwatch/config.json", atomically: true, encoding: .utf8)
        let app = try TerminalSession(["--export-dir", folder], environment: ["XDG_CONFIG_HOME": folder])
        app.waitFor("Headline numbers")
        app.send("c")
        app.waitFor("Added a citation of Baidu to")
        app.send("j")
        app.send("c")
        app.waitFor("Added a citation of Alibaba to")
        let file = try String(contentsOfFile: folder + "/citations.md", encoding: .utf8)
        XCTAssertTrue(file.hasPrefix("**Baidu**: ") && file.contains("\n\n**Alibaba**: "), file)
        app.send("q")
        app.waitFor("[exited 0]")
    }

    func testNoClipboardKeepsCitationsInAFileTheStatusLineNames() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("aiwatch-noclip-\(getpid())-\(UUID().uuidString.prefix(6))").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // An empty settings folder: the clipboard would be on but for the flag.
        let app = try TerminalSession(["--no-clipboard", "--export-dir", folder, "--pane", "regulations"], environment: ["XDG_CONFIG_HOME": folder])
        app.tmux(["set-option", "-g", "set-clipboard", "on"])
        app.waitFor("Regulations")
        app.send("c")
        let screen = app.waitFor("Added a citation of")
        XCTAssertTrue(screen.contains("citations.md"), "the status line names the file:\n" + screen)
        let file = try String(contentsOfFile: folder + "/citations.md", encoding: .utf8)
        XCTAssertTrue(file.contains("aiwatch view: `regulations#"), file)
        XCTAssertFalse(app.tmux(["show-buffer"]).output.contains("aiwatch view:"), "nothing went to the clipboard")
        app.send("q")
        app.waitFor("[exited 0]")
    }
}
