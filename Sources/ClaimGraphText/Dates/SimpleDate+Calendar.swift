/// Gregorian calendar arithmetic on `SimpleDate`: validation, month lengths, day and month offsets.
extension SimpleDate {
  /// Whether a year is a Gregorian leap year.
  static func isLeapYear(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  /// The number of days in a month (1–12) of a year; 0 for an invalid month.
  static func daysInMonth(_ month: Int, year: Int) -> Int {
    switch month {
    case 1, 3, 5, 7, 8, 10, 12: 31
    case 4, 6, 9, 11: 30
    case 2: isLeapYear(year) ? 29 : 28
    default: 0
    }
  }

  /// A date built only when every given component is valid: month 1–12, day within that month.
  static func validated(year: Int, month: Int?, day: Int?) -> SimpleDate? {
    guard (1...9999).contains(year) else { return nil }
    guard let m = month else { return day == nil ? SimpleDate(year: year) : nil }
    guard (1...12).contains(m) else { return nil }
    guard let d = day else { return SimpleDate(year: year, month: m) }
    guard d >= 1, d <= daysInMonth(m, year: year) else { return nil }
    return SimpleDate(year: year, month: m, day: d)
  }

  /// This date moved by whole years, keeping its precision (29 February becomes 28 February off leap years).
  func addingYears(_ n: Int) -> SimpleDate {
    let y = year + n
    guard let m = month else { return SimpleDate(year: y) }
    guard let d = day else { return SimpleDate(year: y, month: m) }
    return SimpleDate(year: y, month: m, day: Swift.min(d, SimpleDate.daysInMonth(m, year: y)))
  }

  /// This year-month (or date) moved by whole months; `nil` when the date has no month.
  func addingMonths(_ n: Int) -> SimpleDate? {
    guard let m = month else { return nil }
    let index = year * 12 + (m - 1) + n
    let y = index / 12
    let newMonth = index % 12 + 1
    guard let d = day else { return SimpleDate(year: y, month: newMonth) }
    return SimpleDate(year: y, month: newMonth, day: Swift.min(d, SimpleDate.daysInMonth(newMonth, year: y)))
  }

  /// This full date moved by whole days; `nil` when the date has no day.
  func addingDays(_ n: Int) -> SimpleDate? {
    guard var m = month, var d = day else { return nil }
    var y = year
    d += n
    while d < 1 {
      m -= 1
      if m < 1 {
        m = 12
        y -= 1
      }
      d += SimpleDate.daysInMonth(m, year: y)
    }
    while d > SimpleDate.daysInMonth(m, year: y) {
      d -= SimpleDate.daysInMonth(m, year: y)
      m += 1
      if m > 12 {
        m = 1
        y += 1
      }
    }
    return SimpleDate(year: y, month: m, day: d)
  }
}
