import ClaimGraphText
import Testing

@Suite("Japanese numerals")
struct DateJapaneseNumeralsTests {
  static let validCases: [(String, Int)] = [
    ("〇", 0), ("一", 1), ("九", 9), ("十", 10), ("十二", 12), ("二十", 20), ("二十五", 25), ("三十一", 31),
    ("五十六", 56), ("百", 100), ("百一", 101), ("三百五", 305), ("千", 1000), ("二千", 2000), ("二千二十五", 2025),
    ("千九百八十一", 1981), ("二〇二五", 2025), ("二○二五", 2025), ("一九八一", 1981), ("〇五", 5), ("元", 1),
    ("2025", 2025), ("２０２５", 2025), ("零", 0),
  ]
  static let invalidCases = ["", "十十", "二二十", "百千", "十百", "〇十", "二千〇五", "元年", "abc", "一a", "元元", "1二"]

  @Test("Well-formed numerals", arguments: validCases)
  func value(_ c: (String, Int)) {
    #expect(JapaneseNumerals.value(c.0) == c.1)
    #expect(JapaneseNumerals.value(Substring(c.0)) == c.1)
  }

  @Test("Malformed numerals", arguments: invalidCases)
  func invalidValue(_ s: String) {
    #expect(JapaneseNumerals.value(s) == nil)
  }

  @Test func substringOfALongerText() {
    let s = "平成二十四年"
    let numeral = s.dropFirst(2).dropLast()
    #expect(numeral == "二十四")
    #expect(JapaneseNumerals.value(numeral) == 24)
  }
}

@Suite("Eras")
struct DateEraTests {
  static let yearCases: [(Era, Int, Int)] = [
    (.meiji, 1, 1868), (.meiji, 45, 1912), (.taisho, 1, 1912), (.taisho, 15, 1926), (.showa, 1, 1926),
    (.showa, 56, 1981), (.showa, 64, 1989), (.heisei, 1, 1989), (.heisei, 24, 2012), (.heisei, 31, 2019),
    (.reiwa, 1, 2019), (.reiwa, 7, 2025),
  ]

  @Test("Era year to Gregorian year", arguments: yearCases)
  func gregorianYear(_ c: (Era, Int, Int)) {
    #expect(c.0.gregorianYear(c.1) == c.2)
  }

  @Test func eraYearBelowOneHasNoGregorianYear() {
    #expect(Era.heisei.gregorianYear(0) == nil)
  }

  @Test func table() {
    #expect(Era.allCases.map(\.name) == ["明治", "大正", "昭和", "平成", "令和"])
    #expect(
      Era.allCases.map(\.firstDay.lexical) == ["1868-10-23", "1912-07-30", "1926-12-25", "1989-01-08", "2019-05-01"])
    #expect(Era(rawValue: "令和") == .reiwa)
  }

  static let containingCases: [(SimpleDate, Era?)] = [
    (SimpleDate(year: 1850), nil), (SimpleDate(year: 1868, month: 10, day: 23), .meiji),
    (SimpleDate(year: 1926, month: 12, day: 24), .taisho), (SimpleDate(year: 1926, month: 12, day: 25), .showa),
    (SimpleDate(year: 1989, month: 1, day: 7), .showa), (SimpleDate(year: 1989, month: 1, day: 8), .heisei),
    (SimpleDate(year: 2019, month: 4, day: 30), .heisei), (SimpleDate(year: 2019, month: 5, day: 1), .reiwa),
    (SimpleDate(year: 2019, month: 5), .reiwa), (SimpleDate(year: 2025), .reiwa),
  ]

  @Test("The era in force on a day", arguments: containingCases)
  func containing(_ c: (SimpleDate, Era?)) {
    #expect(Era.containing(c.0) == c.1)
  }
}
