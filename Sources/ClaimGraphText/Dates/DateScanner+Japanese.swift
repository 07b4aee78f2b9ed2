/// Japanese date expressions: 2025年4月9日, 昭和56年5月8日, 二〇二五年, 本年2月, 同日, 5月4日から9日, 2023－2026年.
extension DateScanner {
  /// A numeral read from the text.
  struct Numeral {
    let value: Int
    let end: Int
    /// How many scalars it takes (4 for `2025`, 5 for `二千二十五`).
    let length: Int
    let isKanji: Bool
  }

  /// Reads the Japanese expression starting at `i`, if any.
  func parseJapanese(at i: Int, previous: RawDate?) -> RawDate? {
    guard let c = at(i) else { return nil }
    if let rel = relativeWord(at: i) {
      return components(start: i, from: i + rel.length, relative: rel.relative, previous: previous)
    }
    // 本25日: a day of the document's month (a usage of press releases and spokesperson statements).
    if c == "本", !(at(i - 1).map { Self.beforeHon.unicodeScalars.contains($0) } ?? false),
      let n = numeral(at: i + 1), at(n.end) == "日", numberStartsAt(i + 1)
    {
      return components(start: i, from: i + 1, relative: .document(.month, 0), previous: previous)
    }
    // 翌16日: a later day of the last date's month (the bare day resolves against the previous mention).
    if c == "翌", let n = numeral(at: i + 1), at(n.end) == "日" {
      return components(start: i, from: i + 1, relative: nil, previous: previous)
    }
    if let era = eraPrefix(at: i) {
      return eraYear(start: i, era: era, previous: previous)
    }
    guard c.isASCIIDigit || JapaneseNumerals.isKanjiNumeral(c) else { return nil }
    guard numberStartsAt(i) else { return nil }
    return components(start: i, from: i, relative: nil, previous: previous)
  }

  /// Whether a number may start at `i`: not in the middle of a digit run, a decimal or a kanji numeral.
  func numberStartsAt(_ i: Int) -> Bool {
    guard let before = at(i - 1), let c = at(i) else { return true }
    if c.isASCIIDigit {
      if before.isASCIIDigit { return false }
      if before == "." || before == ",", let b2 = at(i - 2), b2.isASCIIDigit { return false }
      return true
    }
    return !JapaneseNumerals.isKanjiNumeral(before)
  }

  /// ASCII digits, or a kanji numeral (`元` too when `allowGan`), starting at `j`.
  func numeral(at j: Int, allowGan: Bool = false) -> Numeral? {
    guard let c = at(j) else { return nil }
    if c.isASCIIDigit {
      let end = digitRunEnd(j)
      guard end - j <= 4 else { return nil }
      return Numeral(value: digitValue(j..<end), end: end, length: end - j, isKanji: false)
    }
    if allowGan, c == "元" { return Numeral(value: 1, end: j + 1, length: 1, isKanji: true) }
    var end = j
    while let k = at(end), JapaneseNumerals.isKanjiNumeral(k) { end += 1 }
    guard end > j, let v = JapaneseNumerals.value(scalars: Array(f[j..<end])) else { return nil }
    return Numeral(value: v, end: end, length: end - j, isKanji: true)
  }

  /// Whether a numeral written without an era can be a year: four ASCII digits, or a kanji numeral of
  /// three or more characters (`二〇二五`, `二千二十五`), 1000–2999. `30年`, `千年`, `3年` are not years.
  func isYearNumeral(_ n: Numeral) -> Bool {
    guard (1000...2999).contains(n.value) else { return false }
    return n.isKanji ? n.length >= 3 : n.length == 4
  }

  // MARK: Components

  /// Reads `[N年[度]][N月][N日]` from `from`, after a relative word when there is one.
  private func components(start: Int, from: Int, relative: RawDate.Relative?, previous: RawDate?) -> RawDate? {
    var raw = RawDate(range: start..<from, relative: relative)
    var level: RawDate.Level? = relative?.level
    var j = from
    if level == .year, at(j) == "度" {
      raw.range = start..<(j + 1)
      return raw
    }
    while level != .day, let n = numeral(at: j) {
      switch at(n.end) {
      case "年" where level == nil:
        if isYearNumeral(n) {
          raw.year = n.value
        } else if let p = previous, let era = p.era, let py = p.eraYear, continues(p, at: start),
          !n.isKanji || n.length <= 3, n.value > py, n.value <= 99
        {
          raw.era = era
          raw.eraYear = n.value
          raw.year = era.gregorianYear(n.value)
        } else {
          return nil
        }
        guard !isDurationAfterYear(n.end + 1) else { return nil }
        level = .year
        j = n.end + 1
        if at(j) == "度" {
          raw.range = start..<(j + 1)
          return raw
        }
      case "月" where level == nil || level == .year:
        raw.month = n.value
        level = .month
        j = n.end + 1
      case "日" where level == .month || (level == nil && isBareDay(n, start: start, previous: previous)):
        guard !isDurationAfterDay(n.end + 1) else { return raw.range.isEmpty && relative == nil ? nil : finish(raw, j) }
        raw.day = n.value
        level = .day
        j = n.end + 1
      default:
        // A first range end written without its unit: 2023－2026年, 4～5月, 5月4～9日.
        guard let unit = danglingUnit(after: n, level: level) else {
          return finish(raw, j)
        }
        switch unit {
        case "年": raw.year = n.value
        case "月": raw.month = n.value
        default: raw.day = n.value
        }
        raw.range = start..<n.end
        return raw
      }
      raw.range = start..<j
    }
    return finish(raw, j)
  }

  private func finish(_ raw: RawDate, _ j: Int) -> RawDate? {
    var r = raw
    r.range = r.range.lowerBound..<j
    let hasContent = r.relative != nil || r.year != nil || r.month != nil || r.day != nil
    return hasContent && !r.range.isEmpty ? r : nil
  }

  /// Whether a bare `16日` (no month before it) is a day of the last date's month: after 翌 (翌16日), or at
  /// a clause or sentence start (after 。, 、 or a line break) once a date has been mentioned
  /// (5月14日に会談した。16日には…), or continuing a date in one phrase (see `isBareDayContinuation`).
  /// Never a count (3日以内, 一日も早く, 3日前, 1日当たり); the resolver drops it when the last date has no month.
  private func isBareDay(_ n: Numeral, start: Int, previous: RawDate?) -> Bool {
    if isBareDayContinuation(n, start: start, previous: previous) { return true }
    guard previous != nil, !Self.bareDayBlockedSuffixes.contains(where: { matches($0, at: n.end + 1) }) else {
      return false
    }
    if let after = at(n.end + 1), Self.afterNichi.unicodeScalars.contains(after) { return false }
    // 翌2日 after 5月30日 is in the next month: left out rather than read as 5月2日.
    if at(start) == "翌" { return previous?.day.map { n.value > $0 } ?? true }
    // 一日 alone is "one day" far more often than "the 1st".
    if n.isKanji, n.length == 1, n.value == 1 { return false }
    return isJapaneseClauseStart(start)
  }

  /// A bare `9日` continuing a date that names a day, joined by から, 及び, 、 and so on, and only when it
  /// comes later in the month (5月4日から9日まで, 5月7日及び8日).
  private func isBareDayContinuation(_ n: Numeral, start: Int, previous: RawDate?) -> Bool {
    guard let p = previous, p.namesDay, continues(p, at: start) else { return false }
    if let pd = p.day { return n.value > pd }
    return true
  }

  /// Whether `i` opens a Japanese clause: the text start, or 。, 、 (folded to `,`) or a line break before it.
  private func isJapaneseClauseStart(_ i: Int) -> Bool {
    guard let c = at(skipSpacesBackward(i) - 1) else { return true }
    return c == "。" || c == "," || c == "\n" || c == "\r"
  }

  /// What after `N日` makes a bare day a count (besides the duration suffixes): 一日も, 一日中, 3日前,
  /// 1日当たり, 3日分, 3日ほど, 3日以上.
  static let bareDayBlockedSuffixes = [
    "も", "中", "前", "当", "あた", "分", "ほど", "程", "余", "以上", "未満", "足らず", "おき", "ごと", "毎", "弱", "強", "超",
  ].map { Array($0.unicodeScalars) }

  /// The unit a unit-less number takes from the range end after it (`2023－2026年` → 年), or `nil`.
  private func danglingUnit(after n: Numeral, level: RawDate.Level?) -> Unicode.Scalar? {
    var k = skipSpaces(n.end)
    guard let dash = at(k), Self.dashes.contains(dash) else { return nil }
    k = skipSpaces(k + 1)
    guard let second = numeral(at: k), let unit = at(second.end) else { return nil }
    switch (level, unit) {
    case (nil, "年"): return isYearNumeral(n) && isYearNumeral(second) ? unit : nil
    case (nil, "月"), (.year, "月"): return n.value <= 12 ? unit : nil
    case (.month, "日"): return n.value <= 31 ? unit : nil
    default: return nil
    }
  }

  /// `3年間`, `1990年代`, `10年後`, `5年ぶり`, `2年連続`, `1年以内`, `2年目`, `1年半`: counts, not years.
  private func isDurationAfterYear(_ j: Int) -> Bool {
    if matches("後", at: j) { return !matches("半", at: j + 1) }
    if matches("前", at: j) { return !(matches("半", at: j + 1) || matches("後", at: j + 1)) }
    if matches("半", at: j) { return !matches("ば", at: j + 1) }
    return Self.yearDurationSuffixes.contains { matches($0, at: j) }
  }

  private func isDurationAfterDay(_ j: Int) -> Bool {
    if matches("後", at: j) { return !matches("半", at: j + 1) }
    return Self.dayDurationSuffixes.contains { matches($0, at: j) }
  }

  static let yearDurationSuffixes = ["間", "代", "ぶり", "振り", "連続", "以内", "目", "超", "余"].map {
    Array($0.unicodeScalars)
  }
  static let dayDurationSuffixes = ["間", "ぶり", "振り", "連続", "以内", "目"].map { Array($0.unicodeScalars) }

  // MARK: Eras

  private func eraPrefix(at i: Int) -> Era? {
    Era.allCases.first { matches($0.rawValue, at: i) }
  }

  /// 平成24年, 昭和五十六年五月八日, 令和元年, and 平成24～26年 (the first end without 年).
  private func eraYear(start: Int, era: Era, previous: RawDate?) -> RawDate? {
    let j = start + era.rawValue.unicodeScalars.count
    guard let n = numeral(at: j, allowGan: true), n.value >= 1, n.value <= 99, let year = era.gregorianYear(n.value)
    else { return nil }
    var raw = RawDate(range: start..<n.end, year: year)
    raw.era = era
    raw.eraYear = n.value
    if at(n.end) == "年" {
      guard !isDurationAfterYear(n.end + 1) else { return nil }
      guard var rest = components(start: start, from: n.end + 1, relative: .document(.year, 0), previous: previous)
      else { return nil }
      rest.relative = nil
      rest.year = year
      rest.era = era
      rest.eraYear = n.value
      return rest
    }
    var k = skipSpaces(n.end)
    guard let dash = at(k), Self.dashes.contains(dash) else { return nil }
    k = skipSpaces(k + 1)
    guard let second = numeral(at: k), at(second.end) == "年", second.value > n.value else { return nil }
    return raw
  }

  // MARK: Relative words

  /// 本年, 昨年, 同年, 翌日... with the checks that keep 日本年金, 将来年, 以前日本, 同年代 out.
  private func relativeWord(at i: Int) -> (relative: RawDate.Relative, length: Int)? {
    for entry in Self.relativeWords where matches(entry.word, at: i) {
      let end = i + entry.word.count
      if let before = at(i - 1), entry.blockedBefore.contains(before) { return nil }
      if let after = at(end), entry.blockedAfter.contains(after) { return nil }
      return (entry.relative, entry.word.count)
    }
    return nil
  }

  struct RelativeWord: Sendable {
    let word: [Unicode.Scalar]
    let relative: RawDate.Relative
    let blockedBefore: Set<Unicode.Scalar>
    let blockedAfter: Set<Unicode.Scalar>

    init(_ word: String, _ relative: RawDate.Relative, before: String = "", after: String = "") {
      self.word = Array(word.unicodeScalars)
      self.relative = relative
      self.blockedBefore = Set(before.unicodeScalars)
      self.blockedAfter = Set(after.unicodeScalars)
    }
  }

  // Characters that make the word part of another one: 日本年金 (本年), 将来年 (来年), 以前日本 (前日),
  // 同年代 (同年), 同日本 (日本).
  static let beforeHon = "日基資根見手脚標写原謄抄正副台絵版製読刊株稿校拓旧新古定底紙本一二三四五六七八九十何数"
  private static let beforeRai = "将以従本元由未外到伝旧古在近往爾生出招渡舶家去襲飛夜年再"
  private static let beforeMae = "以午事直生戦目最空寸門面眼駅建従紀元手名前御霊仏神墓産婚会式出〇一二三四五六七八九十"
  private static let beforeDou = "合共協混賛不一帯盟連異類随大会"
  static let afterNichi = "本米中韓豪英仏独露印欧加伊比越尼星泰朝台蘭西墨伯亜土埃程常々頃曜銀系夜当産刊誌時光焼没陰向傘射照差記課直給払"
  private static let afterNen = "代齢輩配"
  private static let afterGetsu = "給謝賦額"

  static let relativeWords: [RelativeWord] = [
    RelativeWord("一昨年", .document(.year, -2), after: afterNen),
    RelativeWord("再来年", .document(.year, 2), after: afterNen),
    RelativeWord("一昨日", .document(.day, -2), after: afterNichi),
    RelativeWord("本年", .document(.year, 0), before: beforeHon, after: afterNen),
    RelativeWord("今年", .document(.year, 0), before: "昨而只", after: afterNen),
    RelativeWord("昨年", .document(.year, -1), before: "一", after: afterNen),
    RelativeWord("来年", .document(.year, 1), before: beforeRai, after: afterNen),
    RelativeWord("明年", .document(.year, 1), before: "文表説証照鮮透賢聡発声自失不未黎澄平公", after: afterNen),
    RelativeWord("同年", .previous(.year, 0), before: beforeDou, after: afterNen),
    RelativeWord("前年", .previous(.year, -1), before: beforeMae, after: afterNen),
    RelativeWord("翌年", .previous(.year, 1), after: afterNen),
    RelativeWord("今月", .document(.month, 0), before: "昨而只", after: afterGetsu),
    RelativeWord("先月", .document(.month, -1), before: "優率祖最機手指舌穂筆鋒出行宛得取勤派送届", after: afterGetsu),
    RelativeWord("来月", .document(.month, 1), before: beforeRai, after: afterGetsu),
    RelativeWord("同月", .previous(.month, 0), before: beforeDou, after: afterGetsu),
    RelativeWord("前月", .previous(.month, -1), before: beforeMae, after: afterGetsu),
    RelativeWord("翌月", .previous(.month, 1), after: afterGetsu),
    RelativeWord("本日", .document(.day, 0), before: beforeHon, after: afterNichi),
    RelativeWord("昨日", .document(.day, -1), before: "一", after: afterNichi),
    RelativeWord("同日", .previous(.day, 0), before: beforeDou, after: afterNichi),
    RelativeWord("前日", .previous(.day, -1), before: beforeMae, after: afterNichi),
    RelativeWord("翌日", .previous(.day, 1), after: afterNichi),
  ]
}
