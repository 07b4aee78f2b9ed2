import ClaimGraphText
import Testing

// Every expected line is `text begin..<end value anchor[ role]` (see DateTestSupport.swift).

@Suite("English dates")
struct DateRecognizerEnglishTests {
  static let fullCases: [(String, SimpleDate?, [String])] = [
    ("adopted unanimously on 11 September 2017.", nil, ["11 September 2017 23..<40 2017-09-11 absolute"]),
    ("Signed on 9 April 2025 in Tokyo", nil, ["9 April 2025 10..<22 2025-04-09 absolute"]),
    ("Signed on April 9, 2025 in Tokyo", nil, ["April 9, 2025 10..<23 2025-04-09 absolute"]),
    ("on April 9 2025", nil, ["April 9 2025 3..<15 2025-04-09 absolute"]),
    ("31 Oct. 2017", nil, ["31 Oct. 2017 0..<12 2017-10-31 absolute"]),
    ("Oct 31, 2017", nil, ["Oct 31, 2017 0..<12 2017-10-31 absolute"]),
    ("Sept. 11, 2001", nil, ["Sept. 11, 2001 0..<14 2001-09-11 absolute"]),
    ("the 9th of April 2025", nil, ["9th of April 2025 4..<21 2025-04-09 absolute"]),
    ("April 9th, 2025", nil, ["April 9th, 2025 0..<15 2025-04-09 absolute"]),
    ("9 MAY 2025", nil, ["9 MAY 2025 0..<10 2025-05-09 absolute"]),
    ("in April 2025", nil, ["April 2025 3..<13 2025-04 absolute"]),
    ("the March 2011 earthquake", nil, ["March 2011 4..<14 2011-03 absolute"]),
    ("in May 2025", nil, ["May 2025 3..<11 2025-05 absolute"]),
    ("on 2017-10-31", nil, ["2017-10-31 3..<13 2017-10-31 absolute"]),
    ("29 February 2016", nil, ["29 February 2016 0..<16 2016-02-29 absolute"]),
  ]
  static let partialCases: [(String, SimpleDate?, [String])] = [
    ("on April 9 the leaders", simpleDate(2017, 10, 31), ["April 9 3..<10 2017-04-09 documentDate"]),
    ("on 9 April the leaders", simpleDate(2017, 10, 31), ["9 April 3..<10 2017-04-09 documentDate"]),
    ("in April the leaders", simpleDate(2017, 10, 31), ["April 3..<8 2017-04 documentDate"]),
    (
      "In March 2011 and in April", simpleDate(2017, 10, 31),
      ["March 2011 3..<13 2011-03 absolute", "April 21..<26 2011-04 previousMention"]
    ),
    ("we may meet", simpleDate(2017, 10, 31), []),
    ("in May", simpleDate(2017, 10, 31), ["May 3..<6 2017-05 documentDate"]),
    ("the Marshall Islands", simpleDate(2017, 10, 31), []),
    ("on April 9", nil, []),
  ]
  static let bareYearsCases: [(String, SimpleDate?, [String])] = [
    ("the 2005 Joint Statement", nil, ["2005 4..<8 2005 absolute"]),
    ("in 2024, we", nil, ["2024 3..<7 2024 absolute"]),
    ("in 2023 and 2024", nil, ["2023 3..<7 2023 absolute", "2024 12..<16 2024 absolute"]),
    ("mid-2024", nil, ["2024 4..<8 2024 absolute"]),
    ("Resolution 2375 (2017)", nil, ["2017 17..<21 2017 absolute"]),
    (
      "resolutions 1718 (2006), 1874 (2009) and 2087 (2013)", nil,
      ["2006 18..<22 2006 absolute", "2009 31..<35 2009 absolute", "2013 47..<51 2013 absolute"]
    ),
    ("Resolutions 1718, 1874, 2087 and 2094", nil, []),
    ("No. 2005", nil, []),
    ("paragraph 2005", nil, []),
    ("2000 troops", nil, []),
    ("the 1990s", nil, []),
    ("$2000", nil, []),
    ("2,000,000", nil, []),
    ("2005.5", nil, []),
    ("20050", nil, []),
    ("1850", nil, []),
    ("2150", nil, []),
  ]
  static let rangesCases: [(String, SimpleDate?, [String])] = [
    ("2023–2026", nil, ["2023 0..<4 2023 absolute start", "2026 5..<9 2026 absolute end"]),
    ("2023-2026", nil, ["2023 0..<4 2023 absolute start", "2026 5..<9 2026 absolute end"]),
    ("from 2023 to 2026", nil, ["2023 5..<9 2023 absolute start", "2026 13..<17 2026 absolute end"]),
    ("between 2023 and 2026", nil, ["2023 8..<12 2023 absolute start", "2026 17..<21 2026 absolute end"]),
    ("9–11 April 2025", nil, ["9 0..<1 2025-04-09 absolute start", "11 April 2025 2..<15 2025-04-11 absolute end"]),
    ("April 9–11, 2025", nil, ["April 9 0..<7 2025-04-09 absolute start", "11, 2025 8..<16 2025-04-11 absolute end"]),
    ("7 and 8 May 2025", nil, ["7 0..<1 2025-05-07 absolute", "8 May 2025 6..<16 2025-05-08 absolute"]),
    (
      "9 April – 11 May 2025", nil,
      ["9 April 0..<7 2025-04-09 absolute start", "11 May 2025 10..<21 2025-05-11 absolute end"]
    ),
    (
      "December 2023 – January 2024", nil,
      ["December 2023 0..<13 2023-12 absolute start", "January 2024 16..<28 2024-01 absolute end"]
    ),
    (
      "10 December – 5 January 2024", nil,
      ["10 December 0..<11 2023-12-10 absolute start", "5 January 2024 14..<28 2024-01-05 absolute end"]
    ),
  ]
  static let relativeCases: [(String, SimpleDate?, [String])] = [
    ("Today, we reaffirm", simpleDate(2017, 10, 31), ["Today 0..<5 2017-10-31 documentDate"]),
    ("today", simpleDate(2017, 10, 31), []),
    ("this year", simpleDate(2017, 10, 31), ["this year 0..<9 2017 documentDate"]),
    ("This year we", simpleDate(2017, 10, 31), ["This year 0..<9 2017 documentDate"]),
    ("next year", simpleDate(2017, 10, 31), ["next year 0..<9 2018 documentDate"]),
    ("last year", simpleDate(2017, 10, 31), ["last year 0..<9 2016 documentDate"]),
    ("over the last year", simpleDate(2017, 10, 31), []),
    ("in the next year", simpleDate(2017, 10, 31), []),
  ]
  static let invalidCases: [(String, SimpleDate?, [String])] = [
    ("31 February 2017", simpleDate(2017, 10, 31), []),
    ("29 February 2017", simpleDate(2017, 10, 31), []),
    ("April 31, 2017", simpleDate(2017, 10, 31), []),
    ("32 March 2017", simpleDate(2017, 10, 31), []),
    ("2017-13-01", simpleDate(2017, 10, 31), []),
    ("0 April 2017", simpleDate(2017, 10, 31), []),
  ]
  static let japaneseTextCases: [(String, Language, SimpleDate?, [String])] = [
    ("in 2024", .ja, nil, []),
    ("NATO2030", .ja, nil, []),
    ("9 April 2025に", .ja, nil, ["9 April 2025 0..<12 2025-04-09 absolute"]),
  ]

  @Test("Written in full", arguments: fullCases)
  func full(_ c: (String, SimpleDate?, [String])) {
    #expect(dateMentions(c.0, .en, doc: c.1) == c.2)
  }

  @Test("Month or day without a year", arguments: partialCases)
  func partial(_ c: (String, SimpleDate?, [String])) {
    #expect(dateMentions(c.0, .en, doc: c.1) == c.2)
  }

  @Test("Bare years", arguments: bareYearsCases)
  func bareYears(_ c: (String, SimpleDate?, [String])) {
    #expect(dateMentions(c.0, .en, doc: c.1) == c.2)
  }

  @Test("Ranges", arguments: rangesCases)
  func ranges(_ c: (String, SimpleDate?, [String])) {
    #expect(dateMentions(c.0, .en, doc: c.1) == c.2)
  }

  @Test("Relative words", arguments: relativeCases)
  func relative(_ c: (String, SimpleDate?, [String])) {
    #expect(dateMentions(c.0, .en, doc: c.1) == c.2)
  }

  @Test("Invalid days are not dates", arguments: invalidCases)
  func invalid(_ c: (String, SimpleDate?, [String])) {
    #expect(dateMentions(c.0, .en, doc: c.1) == c.2)
  }

  @Test("In Japanese text a bare year is not a date", arguments: japaneseTextCases)
  func japaneseText(_ c: (String, Language, SimpleDate?, [String])) {
    #expect(dateMentions(c.0, c.1, doc: c.2) == c.3)
  }
}
