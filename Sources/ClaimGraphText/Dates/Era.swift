/// A Japanese imperial era (元号) since the Meiji restoration, with the first day of its first year.
///
/// An era year converts by counting from the Gregorian year in which the era began: 元年 (year 1) is that year,
/// so 昭和56年 is 1926 + 56 - 1 = 1981 and 令和元年 is 2019.
package enum Era: String, CaseIterable, Sendable, Hashable {
  case meiji = "明治"
  case taisho = "大正"
  case showa = "昭和"
  case heisei = "平成"
  case reiwa = "令和"

  /// The era's name as written (`昭和`).
  package var name: String { rawValue }

  /// The first day of the era: 明治 1868-10-23, 大正 1912-07-30, 昭和 1926-12-25, 平成 1989-01-08,
  /// 令和 2019-05-01.
  package var firstDay: SimpleDate {
    switch self {
    case .meiji: SimpleDate(year: 1868, month: 10, day: 23)
    case .taisho: SimpleDate(year: 1912, month: 7, day: 30)
    case .showa: SimpleDate(year: 1926, month: 12, day: 25)
    case .heisei: SimpleDate(year: 1989, month: 1, day: 8)
    case .reiwa: SimpleDate(year: 2019, month: 5, day: 1)
    }
  }

  /// The Gregorian year of the era's first year (元年).
  package var firstYear: Int { firstDay.year }

  /// The Gregorian year of an era year (1 for 元年), or `nil` when the era year is below 1.
  package func gregorianYear(_ eraYear: Int) -> Int? {
    eraYear >= 1 ? firstYear + eraYear - 1 : nil
  }

  /// The era in force on a day (the latest era whose first day is not after it), or `nil` before 明治.
  /// A date known only to the month or year counts as its first day.
  package static func containing(_ date: SimpleDate) -> Era? {
    let key = SimpleDate(year: date.year, month: date.month ?? 1, day: date.day ?? 1)
    return allCases.last { $0.firstDay <= key }
  }
}
