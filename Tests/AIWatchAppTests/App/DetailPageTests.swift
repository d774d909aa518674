import AIWatchData
import AIWatchTestSupport
import TerminalKit
import XCTest

@testable import AIWatchApp

/// Moving through a detail's text and links, on a made-up page: 30 lines, links on lines 20…24, 8 lines in view.
final class DetailPageTests: XCTestCase {
    func page(links: [Int] = Array(20...24), lines: Int = 30, height: Int = 8) -> DetailPage {
        DetailPage(linkLines: links, lineCount: lines, height: height, position: DetailPosition())
    }

    func pressed(_ actions: Action..., on page: DetailPage) -> DetailPage {
        var page = page
        for action in actions { page.perform(action) }
        return page
    }

    func testOpensAtTheTopWithNoLinkInViewHighlighted() {
        XCTAssertEqual(page().position, DetailPosition(scroll: 0, link: nil))
        XCTAssertEqual(page(links: [3, 4]).position, DetailPosition(scroll: 0, link: 0), "a link in view is highlighted")
    }

    func testDownScrollsLineByLineUntilTheNextLinkIsInReach() {
        var page = page()
        page.perform(.down)
        XCTAssertEqual(page.position, DetailPosition(scroll: 1, link: nil), "no link in reach: the text scrolls a line")
        for _ in 0..<11 { page.perform(.down) }
        XCTAssertEqual(page.position, DetailPosition(scroll: 12, link: nil), "the first link is just below the last row")
        page.perform(.down)
        XCTAssertEqual(page.position, DetailPosition(scroll: 13, link: 0), "the first link, on the last row")
        page.perform(.down)
        XCTAssertEqual(page.position, DetailPosition(scroll: 14, link: 1))
    }

    func testUpAboveTheFirstLinkScrollsBackToTheTop() {
        var page = pressed(.pageDown, .pageDown, on: page())
        XCTAssertEqual(page.position.link, 0, "after paging, the first link in view is highlighted")
        for _ in 0..<40 { page.perform(.up) }
        XCTAssertEqual(page.position, DetailPosition(scroll: 0, link: nil), "the title and summary are reachable again")
    }

    func testDownPastTheLastLinkScrollsToTheEndAndUpComesBack() {
        var page = page(links: Array(5...9))
        XCTAssertEqual(page.position.link, 0)
        for _ in 0..<4 { page.perform(.down) }
        XCTAssertEqual(page.position, DetailPosition(scroll: 2, link: 4), "links in reach are walked one by one")
        for _ in 0..<40 { page.perform(.down) }
        XCTAssertEqual(page.position, DetailPosition(scroll: 22, link: nil), "past the last link the text scrolls to its end")
        for _ in 0..<12 { page.perform(.up) }
        XCTAssertEqual(page.position, DetailPosition(scroll: 10, link: nil))
        page.perform(.up)
        XCTAssertEqual(page.position, DetailPosition(scroll: 9, link: 4), "the last link comes back into reach")
    }

    func testTopAndEnd() {
        var page = pressed(.bottom, on: page())
        XCTAssertEqual(page.position, DetailPosition(scroll: 22, link: 4), "the end, the last link in view highlighted")
        page.perform(.top)
        XCTAssertEqual(page.position, DetailPosition(scroll: 0, link: nil))
        page = pressed(.pageDown, .pageDown, .pageDown, .pageDown, .pageUp, on: page)
        XCTAssertEqual(page.position.scroll, 15)
    }

    func testWithoutLinksTheArrowsScrollTheText() {
        var page = page(links: [])
        page.perform(.down)
        page.perform(.down)
        XCTAssertEqual(page.position, DetailPosition(scroll: 2, link: nil))
        page.perform(.up)
        XCTAssertEqual(page.position.scroll, 1)
        for _ in 0..<40 { page.perform(.down) }
        XCTAssertEqual(page.position.scroll, 22, "stops at the end")
        XCTAssertEqual(pressed(.down, on: self.page(links: [], lines: 5)).position.scroll, 0, "a short text does not scroll")
    }

    func testTheHighlightStaysOnScreen() {
        var page = pressed(.bottom, on: page())
        page.scroll(by: -6)
        XCTAssertEqual(page.position, DetailPosition(scroll: 16, link: 3), "the wheel scrolled link 4 away: the nearest in view takes over")
        let shrunk = DetailPage(linkLines: page.linkLines, lineCount: 30, height: 3, position: DetailPosition(scroll: 0, link: 4))
        XCTAssertEqual(shrunk.position, DetailPosition(scroll: 0, link: nil), "a position from a taller screen keeps its scroll")
    }
}
