import ClaimGraphText
import Testing

/// Random text built from date-like pieces: the recognizer must not crash, and its output must keep its
/// invariants (in bounds, sorted, disjoint, valid values, range ends in start/end pairs).
@Suite("Date recognizer robustness")
struct DateRecognizerRobustnessTests {
  static let pieces = [
    "2025", "２０２５", "12", "9", "31", "0", "年", "月", "日", "度", "平成", "令和", "元", "昭和", "二", "十", "〇", "千",
    "本年", "本日", "同年", "同月", "同日", "翌日", "前日", "昨年", "今日", "から", "まで", "及び", "、", "。", "-", "～",
    "－", " ", "April", "May", "Oct.", "Sept", "of", "to", "and", "between", "Resolution", "No.", "(", ")", "$", ",",
    ".", "s", "日本", "間", "後", "半", "代", "\n", "this year", "the", "today", "Today", "yesterday", "last ",
    "in ", "mid-", "'s", "来年", "December",
  ]

  /// A small deterministic generator (64-bit LCG), so that every run tests the same texts.
  struct Generator {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
  }

  @Test(arguments: [Language.ja, Language.en])
  func invariantsOnRandomText(_ language: Language) {
    var g = Generator(state: 42)
    let recognizer = dateRecognizer(language)
    for _ in 0..<1500 {
      let n = g.next(24)
      let s = (0..<n).map { _ in Self.pieces[g.next(Self.pieces.count)] }.joined()
      let text = BodyText(nfc: s)
      let doc: SimpleDate? = g.next(3) == 0 ? nil : SimpleDate(year: 2024, month: 2, day: 29)
      let mentions = recognizer.recognize(in: text, documentDate: doc)
      var previousEnd = 0
      for (k, m) in mentions.enumerated() {
        #expect(m.range.lowerBound >= previousEnd && m.range.upperBound <= text.count && !m.range.isEmpty, "\(s)")
        previousEnd = m.range.upperBound
        if let month = m.value.month {
          #expect((1...12).contains(month), "\(s)")
        }
        if let d = m.value.day {
          #expect(d >= 1 && d <= 31, "\(s)")
        }
        if m.rangeRole == .start {
          #expect(k + 1 < mentions.count && mentions[k + 1].rangeRole == .end, "\(s)")
        }
        if m.rangeRole == .end {
          #expect(k > 0 && mentions[k - 1].rangeRole == .start, "\(s)")
        }
      }
    }
  }

  @Test func emptyText() {
    #expect(dateRecognizer(.ja).recognize(in: BodyText(nfc: ""), documentDate: nil).isEmpty)
  }
}
