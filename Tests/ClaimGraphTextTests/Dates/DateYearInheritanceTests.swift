import ClaimGraphText
import Testing

// Every expected line is `text begin..<end value anchor[ role]` (see DateTestSupport.swift).

/// Which year a month without one takes, and what 同日/同月/翌日 refer to after a range or a list.
@Suite("Year of a month without one")
struct DateYearInheritanceTests {
  /// A speech dated 2022-09-20.
  static let speech = simpleDate(2022, 9, 20)

  static let afterDocumentRelativeCases: [(String, SimpleDate?, [String])] = [
    (
      "来年1月に会合を開く。8月に首脳会議が開催された。", speech,
      ["来年1月 0..<4 2023-01 documentDate", "8月 11..<13 2022-08 documentDate"]
    ),
    (
      "昨年12月に合意し、2月に署名した。", speech,
      ["昨年12月 0..<5 2021-12 documentDate", "2月 10..<12 2022-02 documentDate"]
    ),
    (
      "本年2月に会議を主催した。8月には", speech,
      ["本年2月 0..<4 2022-02 documentDate", "8月 13..<15 2022-08 documentDate"]
    ),
    (
      "来年1月に会合を開く。8月に首脳会議が開催され、同月9日に", speech,
      [
        "来年1月 0..<4 2023-01 documentDate", "8月 11..<13 2022-08 documentDate",
        "同月9日 24..<28 2022-08-09 previousMention",
      ]
    ),
    (
      "Next year we will meet again. In May, the leaders met in Rome.", simpleDate(2017, 10, 31),
      ["Next year 0..<9 2018 documentDate", "May 33..<36 2017-05 documentDate"]
    ),
  ]
  static let continuingRelativeFrameCases: [(String, SimpleDate?, [String])] = [
    (
      "来年1月から3月まで", speech,
      ["来年1月 0..<4 2023-01 documentDate start", "3月 6..<8 2023-03 previousMention end"]
    ),
    (
      "昨年12月から2月まで", speech,
      ["昨年12月 0..<5 2021-12 documentDate start", "2月 7..<9 2022-02 previousMention end"]
    ),
    ("昨年3月及び5月", speech, ["昨年3月 0..<4 2021-03 documentDate", "5月 6..<8 2021-05 previousMention"]),
    ("昨年、5月に", speech, ["昨年 0..<2 2021 documentDate", "5月 3..<5 2021-05 previousMention"]),
  ]
  static let chainCases: [(String, SimpleDate?, [String])] = [
    (
      "2023年3月に、同年5月に、8月に", speech,
      [
        "2023年3月 0..<7 2023-03 absolute", "同年5月 9..<13 2023-05 previousMention",
        "8月 15..<17 2023-08 previousMention",
      ]
    ),
    (
      "2023年12月から1月まで", speech,
      ["2023年12月 0..<8 2023-12 absolute start", "1月 10..<12 2024-01 previousMention end"]
    ),
    (
      "In March 2011 and in May", simpleDate(2017, 10, 31),
      ["March 2011 3..<13 2011-03 absolute", "May 21..<24 2011-05 previousMention"]
    ),
    (
      "In 2016, and since May, we", simpleDate(2017, 10, 31),
      ["2016 3..<7 2016 absolute", "May 19..<22 2016-05 previousMention"]
    ),
  ]
  static let sameDayAfterRangeCases: [(String, SimpleDate?, [String])] = [
    (
      "5月4日から9日まで訪問し、同日", simpleDate(1981, 5, 8),
      [
        "5月4日 0..<4 1981-05-04 documentDate start", "9日 6..<8 1981-05-09 previousMention end",
        "同日 14..<16 1981-05-09 previousMention",
      ]
    ),
    (
      "5月7日及び8日の両日会談し、同日", simpleDate(1981, 5, 8),
      [
        "5月7日 0..<4 1981-05-07 documentDate", "8日 6..<8 1981-05-08 previousMention",
        "同日 15..<17 1981-05-08 previousMention",
      ]
    ),
    (
      "2025年4月9日～5月11日、同日", nil,
      [
        "2025年4月9日 0..<9 2025-04-09 absolute start", "5月11日 10..<15 2025-05-11 previousMention end",
        "同日 16..<18 2025-05-11 previousMention",
      ]
    ),
    (
      "2023年3月から5月まで、同月", nil,
      [
        "2023年3月 0..<7 2023-03 absolute start", "5月 9..<11 2023-05 previousMention end",
        "同月 14..<16 2023-05 previousMention",
      ]
    ),
    (
      "2023年3月1日から3日まで、翌日", nil,
      [
        "2023年3月1日 0..<9 2023-03-01 absolute start", "3日 11..<13 2023-03-03 previousMention end",
        "翌日 16..<18 2023-03-04 previousMention",
      ]
    ),
    // The last date names no day: 同日 has nothing to refer to.
    (
      "2023年3月1日から4月まで、同日", nil,
      ["2023年3月1日 0..<9 2023-03-01 absolute start", "4月 11..<13 2023-04 previousMention end"]
    ),
  ]

  @Test("After a date counted from the document: the document's year", arguments: afterDocumentRelativeCases)
  func afterDocumentRelative(_ c: (String, SimpleDate?, [String])) {
    #expect(dateMentions(c.0, c.0.first?.isASCII == true ? .en : .ja, doc: c.1) == c.2)
  }

  @Test("Joined in one phrase: the relative frame continues", arguments: continuingRelativeFrameCases)
  func continuingRelativeFrame(_ c: (String, SimpleDate?, [String])) {
    #expect(dateMentions(c.0, .ja, doc: c.1) == c.2)
  }

  @Test("A chain of written dates: the year of the last one", arguments: chainCases)
  func chain(_ c: (String, SimpleDate?, [String])) {
    #expect(dateMentions(c.0, c.0.first?.isASCII == true ? .en : .ja, doc: c.1) == c.2)
  }

  @Test("同日, 同月, 翌日 after a range or a list: its last date", arguments: sameDayAfterRangeCases)
  func sameDayAfterRange(_ c: (String, SimpleDate?, [String])) {
    #expect(dateMentions(c.0, .ja, doc: c.1) == c.2)
  }
}
