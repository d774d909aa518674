import AIWatchData
import AIWatchTestSupport
import TerminalKit
import XCTest

@testable import AIWatchApp

final class TimelineAxisTests: XCTestCase {
    let env = try! TestEnvironment.bundled()

    func axisRows(query: String = "", select: Int? = nil) -> (screen: Screen, rows: [String], top: Int) {
        var state = Update.initialState(columns: 120, rows: 30, query: query, env: env)
        state.pane = .timeline
        if let select { state.selection[.timeline] = select }
        let screen = Renderer.render(state, catalog: env.catalog)
        let rows = (0..<screen.height).map(screen.rowText)
        let top = rows.firstIndex { $0.contains("On a time axis") } ?? -1
        return (screen, rows, top)
    }

    /// Dates are spaced by time: the decade-old event sits at the left end, the 2023 ones near the right, each
    /// approximate date hollow, and the years labelled under their ticks.
    func testEventsAreSpacedByTheirDates() throws {
        let (_, rows, top) = axisRows()
        XCTAssertGreaterThan(top, 0, rows.joined(separator: "\n"))
        let dots = rows[top + 1], line = rows[top + 2], years = rows[top + 3]
        XCTAssertEqual(dots.firstIndex(of: "◌").map { dots.distance(from: dots.startIndex, to: $0) }, 3, dots)
        XCTAssertTrue(years.hasPrefix("│  2013"), years)
        XCTAssertTrue(years.contains("2023"), years)
        XCTAssertEqual(line.filter { $0 == "┼" }.count, 12, "a tick a year from 2013 to 2024: \(line)")
        XCTAssertEqual(dots.filter { $0 == "◌" || $0 == "●" || $0.isNumber }.count, 6, "ten events on six cells: those a few weeks apart share one: \(dots)")
    }

    /// A selected span ("over the last decade") is drawn along the axis from its start to its end, ticks across it.
    func testASelectedSpanRunsAlongTheAxis() throws {
        var options = ViewOptions()
        options.pane = .timeline
        options.select = "china-ai-leadership-decade"
        let state = try ViewBuilder.state(options, columns: 120, rows: 40, env: env)
        let screen = Renderer.render(state, catalog: env.catalog)
        let rows = (0..<screen.height).map(screen.rowText)
        let top = try XCTUnwrap(rows.firstIndex { $0.contains("On a time axis") })
        XCTAssertTrue(rows[top].contains("~2013–2023"), rows[top])
        let line = rows[top + 2]
        XCTAssertGreaterThan(line.filter { $0 == "━" }.count, line.count / 2, "ten of eleven years: \(line)")
        XCTAssertEqual(line.filter { $0 == "┼" }.count, 12, line)
    }

    /// Events that share a point are counted, not drawn over each other, and the box says what a digit means.
    func testEventsAtOnePointAreCounted() {
        let (_, rows, top) = axisRows()
        let dots = rows[top + 1]
        let lone = dots.filter { $0 == "◌" || $0 == "●" }.count
        let shared = dots.compactMap(\.wholeNumberValue).reduce(0, +)
        XCTAssertEqual(lone + shared, env.catalog.events.count, "every event is accounted for: \(dots)")
        XCTAssertGreaterThan(shared, 0, dots)
        XCTAssertTrue(rows[top].contains("a digit: events at one point"), rows[top])
    }

    func testTheSelectedEventIsPickedOutAndDated() throws {
        let (screen, rows, top) = axisRows(select: 0)
        XCTAssertTrue(rows[top].contains("~2013"), rows[top])
        XCTAssertEqual(screen[3, top + 1].role, .selected)
    }

    func testAFilterWithoutEventsSaysSo() {
        let (_, rows, top) = axisRows(query: "zzzz")
        XCTAssertTrue(rows[top + 1].contains("No event matches the filter."), rows[top + 1])
    }
}
