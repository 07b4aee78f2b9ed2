import ClaimGraphText
import Testing

// Every expected line is `text begin..<end value anchor[ role]` (see DateTestSupport.swift).

@Suite("Japanese dates")
struct DateRecognizerJapaneseTests {
  static let absoluteCases: [(String, SimpleDate?, [String])] = [
    ("2025年4月9日、会談を行った。", nil, ["2025年4月9日 0..<9 2025-04-09 absolute"]),
    ("2023年3月の地震", nil, ["2023年3月 0..<7 2023-03 absolute"]),
    ("2024年のサミット", nil, ["2024年 0..<5 2024 absolute"]),
    ("２０２５年４月９日に", nil, ["２０２５年４月９日 0..<9 2025-04-09 absolute"]),
    ("二〇二五年に", nil, ["二〇二五年 0..<5 2025 absolute"]),
    ("二○二五年に", nil, ["二○二五年 0..<5 2025 absolute"]),
    ("二千二十五年十二月二十五日に", nil, ["二千二十五年十二月二十五日 0..<13 2025-12-25 absolute"]),
    ("千九百八十一年五月八日", nil, ["千九百八十一年五月八日 0..<11 1981-05-08 absolute"]),
    ("2024年度予算", nil, ["2024年度 0..<6 2024 absolute"]),
    ("防衛白書(1983年版)", nil, ["1983年 5..<10 1983 absolute"]),
    ("2025年後半に", nil, ["2025年 0..<5 2025 absolute"]),
    ("2020年前後の", nil, ["2020年 0..<5 2020 absolute"]),
    ("2025年半ばまでに", nil, ["2025年 0..<5 2025 absolute"]),
    ("2010年以来", nil, ["2010年 0..<5 2010 absolute"]),
    ("2024年2月29日", nil, ["2024年2月29日 0..<10 2024-02-29 absolute"]),
    ("2000年2月29日", nil, ["2000年2月29日 0..<10 2000-02-29 absolute"]),
    ("2024年2月のNATO欧州連合軍最高司令官の初訪日", nil, ["2024年2月 0..<7 2024-02 absolute"]),
    ("2025/4/9の会合", nil, ["2025/4/9 0..<8 2025-04-09 absolute"]),
    ("2017-10-31に", nil, ["2017-10-31 0..<10 2017-10-31 absolute"]),
  ]
  static let erasCases: [(String, SimpleDate?, [String])] = [
    ("平成24年", nil, ["平成24年 0..<5 2012 absolute"]),
    ("平成二十四年", nil, ["平成二十四年 0..<6 2012 absolute"]),
    ("昭和56年5月8日", nil, ["昭和56年5月8日 0..<9 1981-05-08 absolute"]),
    ("昭和五十六年五月八日", nil, ["昭和五十六年五月八日 0..<10 1981-05-08 absolute"]),
    ("令和元年", nil, ["令和元年 0..<4 2019 absolute"]),
    ("令和元年5月1日", nil, ["令和元年5月1日 0..<8 2019-05-01 absolute"]),
    ("平成元年1月8日", nil, ["平成元年1月8日 0..<8 1989-01-08 absolute"]),
    ("明治元年", nil, ["明治元年 0..<4 1868 absolute"]),
    ("明治45年7月29日", nil, ["明治45年7月29日 0..<10 1912-07-29 absolute"]),
    ("大正十五年", nil, ["大正十五年 0..<5 1926 absolute"]),
    ("令和7年", nil, ["令和7年 0..<4 2025 absolute"]),
    ("令和７年度", nil, ["令和７年度 0..<5 2025 absolute"]),
    ("平成31年4月30日", nil, ["平成31年4月30日 0..<10 2019-04-30 absolute"]),
    ("昭和の時代", simpleDate(2025, 4, 9), []),
    ("平成0年", simpleDate(2025, 4, 9), []),
  ]
  static let withoutYearCases: [(String, SimpleDate?, [String])] = [
    ("4月9日に", simpleDate(2025, 4, 9), ["4月9日 0..<4 2025-04-09 documentDate"]),
    ("12月に", simpleDate(2025, 4, 9), ["12月 0..<3 2025-12 documentDate"]),
    ("十二月二十五日", simpleDate(2025, 4, 9), ["十二月二十五日 0..<7 2025-12-25 documentDate"]),
    (
      "2023年3月の地震、4月の会合", simpleDate(2025, 4, 9),
      ["2023年3月 0..<7 2023-03 absolute", "4月 11..<13 2023-04 previousMention"]
    ),
    ("4月9日に", nil, []),
    ("2月29日", simpleDate(2024, 1, 5), ["2月29日 0..<5 2024-02-29 documentDate"]),
    ("2月29日", simpleDate(2025, 4, 9), []),
  ]
  static let relativeCases: [(String, SimpleDate?, [String])] = [
    ("本日、我々は", simpleDate(2025, 4, 9), ["本日 0..<2 2025-04-09 documentDate"]),
    ("本日、我々は", nil, []),
    ("本年2月に", simpleDate(2025, 4, 9), ["本年2月 0..<4 2025-02 documentDate"]),
    ("本25日、政府は声明を発表した。", simpleDate(2022, 7, 25), ["本25日 0..<4 2022-07-25 documentDate"]),
    ("日本25日", simpleDate(2022, 7, 25), []),
    ("本年", simpleDate(2025, 4, 9), ["本年 0..<2 2025 documentDate"]),
    ("本年度", simpleDate(2025, 4, 9), ["本年度 0..<3 2025 documentDate"]),
    ("今年の夏", simpleDate(2025, 4, 9), ["今年 0..<2 2025 documentDate"]),
    ("昨年", simpleDate(2025, 4, 9), ["昨年 0..<2 2024 documentDate"]),
    ("昨年12月", simpleDate(2025, 4, 9), ["昨年12月 0..<5 2024-12 documentDate"]),
    ("来年", simpleDate(2025, 4, 9), ["来年 0..<2 2026 documentDate"]),
    ("明年", simpleDate(2025, 4, 9), ["明年 0..<2 2026 documentDate"]),
    ("一昨年", simpleDate(2025, 4, 9), ["一昨年 0..<3 2023 documentDate"]),
    ("再来年", simpleDate(2025, 4, 9), ["再来年 0..<3 2027 documentDate"]),
    ("昨日", simpleDate(2025, 4, 9), ["昨日 0..<2 2025-04-08 documentDate"]),
    ("先月", simpleDate(2025, 4, 9), ["先月 0..<2 2025-03 documentDate"]),
    ("本日", simpleDate(2025, 4), ["本日 0..<2 2025-04 documentDate"]),
    ("今日、我々の協力は", simpleDate(2025, 4, 9), []),
    ("今日の国際社会", simpleDate(2025, 4, 9), []),
    ("日本年金機構", simpleDate(2025, 4, 9), []),
    ("将来年金", simpleDate(2025, 4, 9), []),
    ("以前日本は", simpleDate(2025, 4, 9), []),
    ("資本日", simpleDate(2025, 4, 9), []),
  ]
  static let anaphoraCases: [(String, SimpleDate?, [String])] = [
    ("2023年3月1日に地震があり、同年", nil, ["2023年3月1日 0..<9 2023-03-01 absolute", "同年 16..<18 2023 previousMention"]),
    ("2023年3月に、同年5月に", nil, ["2023年3月 0..<7 2023-03 absolute", "同年5月 9..<13 2023-05 previousMention"]),
    ("2023年3月1日、同日", nil, ["2023年3月1日 0..<9 2023-03-01 absolute", "同日 10..<12 2023-03-01 previousMention"]),
    ("2023年3月1日、翌日", nil, ["2023年3月1日 0..<9 2023-03-01 absolute", "翌日 10..<12 2023-03-02 previousMention"]),
    ("2023年3月1日、前日", nil, ["2023年3月1日 0..<9 2023-03-01 absolute", "前日 10..<12 2023-02-28 previousMention"]),
    ("2024年3月1日、前日", nil, ["2024年3月1日 0..<9 2024-03-01 absolute", "前日 10..<12 2024-02-29 previousMention"]),
    ("2024年12月31日、翌日", nil, ["2024年12月31日 0..<11 2024-12-31 absolute", "翌日 12..<14 2025-01-01 previousMention"]),
    ("2023年3月、同月9日", nil, ["2023年3月 0..<7 2023-03 absolute", "同月9日 8..<12 2023-03-09 previousMention"]),
    ("2023年3月、翌月", nil, ["2023年3月 0..<7 2023-03 absolute", "翌月 8..<10 2023-04 previousMention"]),
    (
      "2023年、翌年、前年", nil,
      ["2023年 0..<5 2023 absolute", "翌年 6..<8 2024 previousMention", "前年 9..<11 2023 previousMention"]
    ),
    ("同年", simpleDate(2025, 4, 9), []),
    ("2023年、同日", nil, ["2023年 0..<5 2023 absolute"]),
    ("2023年、同年代の", nil, ["2023年 0..<5 2023 absolute"]),
    ("昨年、同年5月", simpleDate(2025, 4, 9), ["昨年 0..<2 2024 documentDate", "同年5月 3..<7 2024-05 previousMention"]),
  ]
  static let bareDaysCases: [(String, SimpleDate?, [String])] = [
    (
      "5月4日から9日まで、米国を公式訪問した。", simpleDate(1981, 5, 8),
      ["5月4日 0..<4 1981-05-04 documentDate start", "9日 6..<8 1981-05-09 previousMention end"]
    ),
    (
      "5月7日及び8日の両日", simpleDate(1981, 5, 8),
      ["5月7日 0..<4 1981-05-07 documentDate", "8日 6..<8 1981-05-08 previousMention"]
    ),
    ("5月7日、8日", simpleDate(1981, 5, 8), ["5月7日 0..<4 1981-05-07 documentDate", "8日 5..<7 1981-05-08 previousMention"]),
    (
      "5月4～9日", simpleDate(2025, 4, 9),
      ["5月4 0..<3 2025-05-04 documentDate start", "9日 4..<6 2025-05-09 previousMention end"]
    ),
    ("9日に会談した", simpleDate(2025, 4, 9), []),
    ("5月9日から3日まで", simpleDate(2025, 4, 9), ["5月9日 0..<4 2025-05-09 documentDate"]),
    ("5月4日から9日間", simpleDate(2025, 4, 9), ["5月4日 0..<4 2025-05-04 documentDate"]),
    ("5月4日に、一日も早く", simpleDate(2025, 4, 9), ["5月4日 0..<4 2025-05-04 documentDate"]),
  ]
  static let rangesCases: [(String, SimpleDate?, [String])] = [
    ("（2023年-2026年）", nil, ["2023年 1..<6 2023 absolute start", "2026年 7..<12 2026 absolute end"]),
    ("2023年～2026年", nil, ["2023年 0..<5 2023 absolute start", "2026年 6..<11 2026 absolute end"]),
    ("2023年〜2026年", nil, ["2023年 0..<5 2023 absolute start", "2026年 6..<11 2026 absolute end"]),
    ("2023－2026年", nil, ["2023 0..<4 2023 absolute start", "2026年 5..<10 2026 absolute end"]),
    ("2023年から2026年まで", nil, ["2023年 0..<5 2023 absolute start", "2026年 7..<12 2026 absolute end"]),
    ("平成24年から26年まで", nil, ["平成24年 0..<5 2012 absolute start", "26年 7..<10 2014 absolute end"]),
    ("平成24～26年度", nil, ["平成24 0..<4 2012 absolute start", "26年度 5..<9 2014 absolute end"]),
    ("4～5月", simpleDate(2025, 4, 9), ["4 0..<1 2025-04 documentDate start", "5月 2..<4 2025-05 previousMention end"]),
    ("2023年3月から同年5月まで", nil, ["2023年3月 0..<7 2023-03 absolute start", "同年5月 9..<13 2023-05 previousMention end"]),
    (
      "2025年4月9日～5月11日", nil,
      ["2025年4月9日 0..<9 2025-04-09 absolute start", "5月11日 10..<15 2025-05-11 previousMention end"]
    ),
    ("2023年、2024年", nil, ["2023年 0..<5 2023 absolute", "2024年 6..<11 2024 absolute"]),
    ("平成24年及び3年", nil, ["平成24年 0..<5 2012 absolute"]),
  ]
  static let nonDatesCases: [(String, SimpleDate?, [String])] = [
    ("3年間", simpleDate(2025, 4, 9), []),
    ("数年来", simpleDate(2025, 4, 9), []),
    ("40周年", simpleDate(2025, 4, 9), []),
    ("10年後", simpleDate(2025, 4, 9), []),
    ("5年ぶり", simpleDate(2025, 4, 9), []),
    ("2年連続", simpleDate(2025, 4, 9), []),
    ("1年以内", simpleDate(2025, 4, 9), []),
    ("80歳", simpleDate(2025, 4, 9), []),
    ("30年", simpleDate(2025, 4, 9), []),
    ("1. 日本", simpleDate(2025, 4, 9), []),
    ("2 米国", simpleDate(2025, 4, 9), []),
    ("1000万オーストラリア・ドル", simpleDate(2025, 4, 9), []),
    ("1990年代", simpleDate(2025, 4, 9), []),
    ("2000年間", simpleDate(2025, 4, 9), []),
    ("2000年後", simpleDate(2025, 4, 9), []),
    ("十年", simpleDate(2025, 4, 9), []),
    ("千年", simpleDate(2025, 4, 9), []),
    ("百年", simpleDate(2025, 4, 9), []),
    ("3か月", simpleDate(2025, 4, 9), []),
    ("3ヶ月", simpleDate(2025, 4, 9), []),
    ("数カ月", simpleDate(2025, 4, 9), []),
    ("1 鈴木総理大臣夫妻は", simpleDate(2025, 4, 9), []),
    ("第2回", simpleDate(2025, 4, 9), []),
    ("2年目", simpleDate(2025, 4, 9), []),
    ("1年半", simpleDate(2025, 4, 9), []),
    ("13月", simpleDate(2025, 4, 9), []),
    ("2023年2月29日", simpleDate(2025, 4, 9), []),
    ("2025年4月31日", simpleDate(2025, 4, 9), []),
    ("0月", simpleDate(2025, 4, 9), []),
    ("4月0日", simpleDate(2025, 4, 9), []),
    ("12345年", simpleDate(2025, 4, 9), []),
    ("資料35", simpleDate(2025, 4, 9), []),
  ]

  @Test("Written in full", arguments: absoluteCases)
  func absolute(_ c: (String, SimpleDate?, [String])) {
    #expect(dateMentions(c.0, .ja, doc: c.1) == c.2)
  }

  @Test("Era years", arguments: erasCases)
  func eras(_ c: (String, SimpleDate?, [String])) {
    #expect(dateMentions(c.0, .ja, doc: c.1) == c.2)
  }

  @Test("Month and day without a year", arguments: withoutYearCases)
  func withoutYear(_ c: (String, SimpleDate?, [String])) {
    #expect(dateMentions(c.0, .ja, doc: c.1) == c.2)
  }

  @Test("Relative to the document date", arguments: relativeCases)
  func relative(_ c: (String, SimpleDate?, [String])) {
    #expect(dateMentions(c.0, .ja, doc: c.1) == c.2)
  }

  @Test("Relative to the previous mention", arguments: anaphoraCases)
  func anaphora(_ c: (String, SimpleDate?, [String])) {
    #expect(dateMentions(c.0, .ja, doc: c.1) == c.2)
  }

  @Test("A bare day continuing a date", arguments: bareDaysCases)
  func bareDays(_ c: (String, SimpleDate?, [String])) {
    #expect(dateMentions(c.0, .ja, doc: c.1) == c.2)
  }

  @Test("Ranges", arguments: rangesCases)
  func ranges(_ c: (String, SimpleDate?, [String])) {
    #expect(dateMentions(c.0, .ja, doc: c.1) == c.2)
  }

  @Test("Not dates", arguments: nonDatesCases)
  func nonDates(_ c: (String, SimpleDate?, [String])) {
    #expect(dateMentions(c.0, .ja, doc: c.1) == c.2)
  }
}
