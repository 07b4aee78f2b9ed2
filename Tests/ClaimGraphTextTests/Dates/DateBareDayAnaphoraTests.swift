import ClaimGraphText
import Testing

// Every expected line is `text begin..<end value anchor[ role]` (see DateTestSupport.swift).

/// A bare day outside a list (翌16日, 。16日には) takes the month and year of the last date mentioned.
@Suite("Japanese bare days after a full date")
struct DateBareDayAnaphoraTests {
  static let written = "2023年5月14日 0..<10 2023-05-14 absolute"

  static let bareDayCases: [(String, SimpleDate?, [String])] = [
    (
      "2023年1月に就任した。同年5月14日、首脳会談を行った。翌16日には共同声明を発表した。", nil,
      [
        "2023年1月 0..<7 2023-01 absolute", "同年5月14日 13..<20 2023-05-14 previousMention",
        "翌16日 30..<34 2023-05-16 previousMention",
      ]
    ),
    ("2023年5月14日に東京で会談した。16日には大阪を訪問した。", nil, [written, "16日 19..<22 2023-05-16 previousMention"]),
    ("2023年5月14日に会談し、翌16日に帰国した。", nil, [written, "翌16日 15..<19 2023-05-16 previousMention"]),
    ("2023年5月14日に会談した。同月16日には", nil, [written, "同月16日 16..<21 2023-05-16 previousMention"]),
    ("2023年5月14日に会談した。\n16日、外相会談", nil, [written, "16日 17..<20 2023-05-16 previousMention"]),
    ("2023年5月14日に会談した。翌十六日には", nil, [written, "翌十六日 16..<20 2023-05-16 previousMention"]),
    (
      "5月14日に会談した。16日には", simpleDate(2023, 6, 1),
      ["5月14日 0..<5 2023-05-14 documentDate", "16日 11..<14 2023-05-16 previousMention"]
    ),
    // The day must exist in that month.
    ("2023年2月14日に会談した。30日には", nil, ["2023年2月14日 0..<10 2023-02-14 absolute"]),
    ("2023年4月30日に会談した。31日には", nil, ["2023年4月30日 0..<10 2023-04-30 absolute"]),
    // The last date names no month, or there is none.
    ("2023年に会談した。16日には", nil, ["2023年 0..<5 2023 absolute"]),
    ("16日には会談した。", simpleDate(2023, 5, 1), []),
    ("翌16日には", simpleDate(2023, 5, 1), []),
  ]

  static let notBareDayCases: [(String, SimpleDate?, [String])] = [
    ("2023年5月14日に会談した。3日間の日程", nil, [written]),
    ("2023年5月14日に会談した。3日以内に", nil, [written]),
    ("2023年5月14日に会談した。5日ぶりに", nil, [written]),
    ("2023年5月14日に会談した。数日後", nil, [written]),
    ("2023年5月14日に会談した。一日も早く", nil, [written]),
    ("2023年5月14日に会談した。日本は", nil, [written]),
    ("2023年5月14日に会談した。第3日には", nil, [written]),
    ("2023年5月14日に会談した。216日", nil, [written]),
    ("2023年5月14日に会談し、その16日後", nil, [written]),
    ("2023年5月14日に会談した。3日前に", nil, [written]),
    ("2023年5月14日に会談した。1日当たり", nil, [written]),
    ("2023年5月14日に会談した。翌2日間", nil, [written]),
    ("2023年5月14日に会談した。本日、", nil, [written]),
    // 翌 with a day not after the last one would be the next month: left out.
    ("2023年5月30日に会談した。翌2日に", nil, ["2023年5月30日 0..<10 2023-05-30 absolute"]),
  ]

  @Test("翌16日 and 16日 at a clause start: the last date's month", arguments: bareDayCases)
  func bareDay(_ c: (String, SimpleDate?, [String])) {
    #expect(dateMentions(c.0, .ja, doc: c.1) == c.2)
  }

  @Test("Counts and words with 日 are not bare days", arguments: notBareDayCases)
  func notBareDay(_ c: (String, SimpleDate?, [String])) {
    #expect(dateMentions(c.0, .ja, doc: c.1) == c.2)
  }
}
