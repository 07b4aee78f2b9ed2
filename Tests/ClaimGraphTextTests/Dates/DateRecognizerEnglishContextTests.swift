import ClaimGraphText
import Testing

// Every expected line is `text begin..<end value anchor[ role]` (see DateTestSupport.swift).

/// English dates that depend on the words around them: month names alone, `last May`, `today`.
@Suite("English dates in context")
struct DateRecognizerEnglishContextTests {
  static let doc = simpleDate(2017, 10, 31)

  static let monthAloneCases: [(String, SimpleDate?, [String])] = [
    ("In May, the leaders met", doc, ["May 3..<6 2017-05 documentDate"]),
    ("by June", doc, ["June 3..<7 2017-06 documentDate"]),
    ("since March", doc, ["March 6..<11 2017-03 documentDate"]),
    ("until May", doc, ["May 6..<9 2017-05 documentDate"]),
    ("on 9 May", doc, ["9 May 3..<8 2017-05-09 documentDate"]),
    ("May, the leaders met in Tokyo.", doc, ["May 0..<3 2017-05 documentDate"]),
    ("in early May", doc, ["May 9..<12 2017-05 documentDate"]),
    ("by mid-May", doc, ["May 7..<10 2017-05 documentDate"]),
    ("the end of May.", doc, ["May 11..<14 2017-05 documentDate"]),
    ("April and May", doc, ["April 0..<5 2017-04 documentDate", "May 10..<13 2017-05 previousMention"]),
    (
      "from April to May", doc,
      ["April 5..<10 2017-04 documentDate start", "May 14..<17 2017-05 previousMention end"]
    ),
    ("in May", nil, []),
  ]
  static let notMonthCases: [(String, SimpleDate?, [String])] = [
    ("we may meet", doc, []),
    ("May I ask a question?", doc, []),
    ("May the new year bring peace.", doc, []),
    ("Prime Minister May said", doc, []),
    ("Prime Minister Theresa May, the leader", doc, []),
    ("by May's government", doc, []),
    ("in Apr", doc, []),
    ("the last May", doc, []),
  ]
  static let relativeMonthCases: [(String, SimpleDate?, [String])] = [
    ("last May", doc, ["last May 0..<8 2017-05 documentDate"]),
    ("last May", simpleDate(2017, 3, 1), ["last May 0..<8 2016-05 documentDate"]),
    ("last October", doc, ["last October 0..<12 2016-10 documentDate"]),
    ("Last April, we", doc, ["Last April 0..<10 2017-04 documentDate"]),
    ("next May", doc, ["next May 0..<8 2018-05 documentDate"]),
    ("next June", simpleDate(2017, 3, 1), ["next June 0..<9 2017-06 documentDate"]),
    ("this May", doc, ["this May 0..<8 2017-05 documentDate"]),
    ("this May", simpleDate(2017), ["this May 0..<8 2017-05 documentDate"]),
    ("last May", simpleDate(2017), []),
    ("next year", doc, ["next year 0..<9 2018 documentDate"]),
  ]
  static let statementDayCases: [(String, SimpleDate?, [String])] = [
    ("Thank you. Today, we reaffirm", doc, ["Today 11..<16 2017-10-31 documentDate"]),
    ("The Ministry of Foreign Affairs today announced", doc, ["today 32..<37 2017-10-31 documentDate"]),
    ("We met today.", doc, ["today 7..<12 2017-10-31 documentDate"]),
    ("We met today", doc, ["today 7..<12 2017-10-31 documentDate"]),
    ("The agreement was signed here today.", doc, ["today 30..<35 2017-10-31 documentDate"]),
    ("Today marks the anniversary", doc, ["Today 0..<5 2017-10-31 documentDate"]),
    ("Yesterday, the leaders met", doc, ["Yesterday 0..<9 2017-10-30 documentDate"]),
    ("the leaders met yesterday", doc, ["yesterday 16..<25 2017-10-30 documentDate"]),
    ("Tomorrow, the leaders will meet", doc, ["Tomorrow 0..<8 2017-11-01 documentDate"]),
    ("The summit will be held tomorrow.", doc, ["tomorrow 24..<32 2017-11-01 documentDate"]),
    ("Today, we reaffirm", nil, []),
    ("The leaders met today with the President.", doc, ["today 16..<21 2017-10-31 documentDate"]),
    ("The Prime Minister met in Brussels today for talks.", doc, ["today 35..<40 2017-10-31 documentDate"]),
    ("We met in New York today.", doc, ["today 19..<24 2017-10-31 documentDate"]),
    ("He was received at the White House today.", doc, ["today 35..<40 2017-10-31 documentDate"]),
    ("The agreement was signed here today and enters into force.", doc, ["today 30..<35 2017-10-31 documentDate"]),
    ("Earlier today, the Minister spoke.", doc, ["today 8..<13 2017-10-31 documentDate"]),
    ("The Minister will speak later today.", doc, ["today 30..<35 2017-10-31 documentDate"]),
  ]
  static let notStatementDayCases: [(String, SimpleDate?, [String])] = [
    ("today's world", doc, []),
    ("the challenges of today", doc, []),
    ("until today", doc, []),
    ("Today we face new threats.", doc, []),
    ("the world we need today.", doc, []),
    ("today world", doc, []),
    ("a better tomorrow.", doc, []),
    ("the leaders of tomorrow", doc, []),
    ("yesterday's decision", doc, []),
    ("todays", doc, []),
    ("the challenges faced today by small states", doc, []),
    ("We met President Xi in Beijing today for talks.", doc, []),
    ("Today's meeting was held in Tokyo.", doc, []),
    ("the world we live in today", doc, []),
    ("Today we face new threats in Europe.", doc, []),
  ]

  @Test("A month name alone in a date context", arguments: monthAloneCases)
  func monthAlone(_ c: (String, SimpleDate?, [String])) {
    #expect(dateMentions(c.0, .en, doc: c.1) == c.2)
  }

  @Test("May the verb or the name is not a month", arguments: notMonthCases)
  func notMonth(_ c: (String, SimpleDate?, [String])) {
    #expect(dateMentions(c.0, .en, doc: c.1) == c.2)
  }

  @Test("last, this and next + a month", arguments: relativeMonthCases)
  func relativeMonth(_ c: (String, SimpleDate?, [String])) {
    #expect(dateMentions(c.0, .en, doc: c.1) == c.2)
  }

  @Test("today, yesterday, tomorrow as the statement's day", arguments: statementDayCases)
  func statementDay(_ c: (String, SimpleDate?, [String])) {
    #expect(dateMentions(c.0, .en, doc: c.1) == c.2)
  }

  @Test("today as nowadays, tomorrow as the future", arguments: notStatementDayCases)
  func notStatementDay(_ c: (String, SimpleDate?, [String])) {
    #expect(dateMentions(c.0, .en, doc: c.1) == c.2)
  }
}
