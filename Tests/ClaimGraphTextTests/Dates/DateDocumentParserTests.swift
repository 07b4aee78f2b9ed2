import ClaimGraphText
import Testing

@Suite("Document dates")
struct DocumentDateParserTests {
  static let headerCases: [(String, String?)] = [
    ("2025年4月9日", "2025-04-09"), ("　2025年4月9日　", "2025-04-09"), ("２０２５年４月９日", "2025-04-09"),
    ("昭和56年5月8日", "1981-05-08"), ("平成元年1月8日", "1989-01-08"), ("令和7年", "2025"),
    ("令和元年5月1日", "2019-05-01"), ("31 Oct. 2017", "2017-10-31"), ("9 April 2025", "2025-04-09"),
    ("April 9, 2025", "2025-04-09"), ("2017-10-31", "2017-10-31"), ("1981年5月", "1981-05"), ("2017", "2017"),
    ("October 2017", "2017-10"), ("2025年4月9日～10日", "2025-04-09"), ("二〇二五年四月九日", "2025-04-09"),
    ("", nil), ("不明", nil), ("本日", nil), ("4月9日", nil), ("2025年2月30日", nil),
  ]

  @Test("Header [年月日] values", arguments: headerCases)
  func parse(_ c: (String, String?)) {
    #expect(documentDate(c.0)?.lexical == c.1)
  }

  @Test func precision() {
    #expect(documentDate("1981年5月")?.xsdType == "gYearMonth")
    #expect(documentDate("令和7年")?.xsdType == "gYear")
    #expect(documentDate("31 Oct. 2017")?.xsdType == "date")
  }
}
