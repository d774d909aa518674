import AIWatchApp
import AIWatchData
import AIWatchTestSupport
import TerminalKit
import XCTest

@testable import AIWatchRuntime

final class HangupDetectorTests: XCTestCase {
    private let quiet = HangupDetector.InputState(hungUp: false, readable: false)

    func testAFullTimeoutIsNotAHangup() {
        var detector = HangupDetector(patience: 3)
        for _ in 0..<10 {
            XCTAssertFalse(detector.errorReturned(elapsed: 1000, timeout: 1000) { XCTFail("polled"); return quiet })
        }
    }

    func testPollHangupEndsAtOnce() {
        var detector = HangupDetector()
        XCTAssertTrue(detector.errorReturned(elapsed: 0, timeout: 1000) { .init(hungUp: true, readable: true) })
    }

    func testRepeatedEarlyErrorsEndEventually() {
        var detector = HangupDetector(patience: 5)
        let results = (0..<5).map { _ in detector.errorReturned(elapsed: 0, timeout: 1000) { quiet } }
        XCTAssertEqual(results, [false, false, false, false, true])
    }

    func testEndOfFileEndsSooner() {
        var detector = HangupDetector(patience: 50)
        var calls = 0
        while !detector.errorReturned(elapsed: 0, timeout: -1, input: { .init(hungUp: false, readable: true) }) {
            calls += 1
        }
        XCTAssertLessThan(calls, 10)
    }

    func testAKeyOrATimeoutResetsTheCount() {
        var detector = HangupDetector(patience: 2)
        XCTAssertFalse(detector.errorReturned(elapsed: 0, timeout: 1000) { quiet })
        detector.keyArrived()
        XCTAssertFalse(detector.errorReturned(elapsed: 0, timeout: 1000) { quiet })
        XCTAssertFalse(detector.errorReturned(elapsed: 1000, timeout: 1000) { quiet })
        XCTAssertFalse(detector.errorReturned(elapsed: 0, timeout: 1000) { quiet })
    }

    func testNonBlockingErrIsNormal() {
        var detector = HangupDetector(patience: 1)
        XCTAssertFalse(detector.errorReturned(elapsed: 0, timeout: 0) { quiet })
    }
}
