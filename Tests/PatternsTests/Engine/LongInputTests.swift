import Foundation
import Testing

@testable import Patterns

@Suite("Long inputs on a small stack")
struct LongInputTests {
  /// Runs `body` on a thread with a 512 KB stack, the smallest default of worker threads.
  func onSmallStack<T>(_ body: @escaping @Sendable () -> T) -> T { onThread(stackSize: 512 << 10, body) }

  static let length = 100_000
  /// Six-character sentences making up a text of more than 100,000 characters.
  static let repeats = length / 6 + 1

  @Test("a 100,000-character segment: a match longer than the depth limit is cut off and reported, no crash")
  func longMatchIsCutOff() throws {
    let log = PatternLimitLog()
    let result = onSmallStack { () -> ([Range<Int>], [String]) in
      let pattern = try! compilePattern("[latin]+")
      var input = matchInput(String(repeating: "a", count: Self.length))
      input.limitLog = log
      return (pattern.allMatches(in: input).map(\.range), log.entries.map(\.source))
    }
    // The depth limit cuts each greedy match after 19,999 characters; the scan goes on after it.
    #expect(result.0.first == 0..<19_999)
    #expect(result.0.count == 6)
    #expect(result.0.last?.upperBound == Self.length)
    #expect(result.1 == ["[latin]+"])
  }

  @Test("a 100,000-character segment scanned by many short matches, with mentions and look-around")
  func manyShortMatches() {
    let ranges = onSmallStack { () -> [Range<Int>] in
      let text = String(repeating: "我々は日本を", count: Self.repeats)
      let japan = (0..<Self.repeats).map {
        MentionSpan(range: ($0 * 6 + 3)..<($0 * 6 + 5), entityClass: "Country", tag: $0)
      }
      let pattern = try! compilePattern("(?<= は) (?<c> {Country}) (?= を)")
      return pattern.allMatches(in: matchInput(text, mentions: japan)).map(\.range)
    }
    #expect(ranges.count == Self.repeats)
    #expect(ranges.last == (Self.repeats * 6 - 3)..<(Self.repeats * 6 - 1))
  }

  @Test("a lazy search across 100,000 characters for an end that is not there fails cleanly")
  func lazySearchFails() {
    let found = onSmallStack { () -> (Bool, Bool) in
      let pattern = try! compilePattern("x [any]*? y")
      var exceeded = false
      let m = pattern.match(
        at: 0, in: matchInput("x" + String(repeating: "z", count: Self.length)), exceeded: &exceeded)
      return (m != nil, exceeded)
    }
    #expect(found == (false, true))
  }
}
