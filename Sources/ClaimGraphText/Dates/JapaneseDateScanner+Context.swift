/// The parts of Japanese date reading that depend on the characters around a date: bare days, durations,
/// eras and relative words.
extension JapaneseDateScanner {
  // MARK: Bare days

  /// Whether a bare `16日` (no month before it) is a day of the last date's month: after 翌 (翌16日), or at
  /// a clause or sentence start (after 。, 、 or a line break) once a date has been mentioned
  /// (5月14日に会談した。16日には…), or continuing a date in one phrase (see `isBareDayContinuation`).
  /// Never a count (3日以内, 一日も早く, 3日前, 1日当たり); the resolver drops it when the last date has no month.
  func isBareDay(_ n: Numeral, start: Int, previous: RawDate?) -> Bool {
    if isBareDayContinuation(n, start: start, previous: previous) { return true }
    guard previous != nil, !words.bareDayBlockedSuffixes.contains(where: { matches($0, at: n.end + 1) }) else {
      return false
    }
    if let after = at(n.end + 1), words.bareDayBlockedFollowers.contains(after) { return false }
    // 翌2日 after 5月30日 is in the next month: left out rather than read as 5月2日.
    if at(start) == words.laterDayPrefix { return previous?.day.map { n.value > $0 } ?? true }
    // 一日 alone is "one day" far more often than "the 1st".
    if n.isKanji, n.length == 1, n.value == 1 { return false }
    return isClauseStart(start)
  }

  /// A bare `9日` continuing a date that names a day, joined by から, 及び, 、 and so on, and only when it
  /// comes later in the month (5月4日から9日まで, 5月7日及び8日).
  private func isBareDayContinuation(_ n: Numeral, start: Int, previous: RawDate?) -> Bool {
    guard let p = previous, p.namesDay, text.continues(p, at: start) else { return false }
    if let pd = p.day { return n.value > pd }
    return true
  }

  /// Whether `i` opens a Japanese clause: the text start, a clause break (。, 、) or a line break before it.
  private func isClauseStart(_ i: Int) -> Bool {
    guard let c = at(text.skipSpacesBackward(i) - 1) else { return true }
    return words.clauseBreaks.contains(c) || c == "\n" || c == "\r"
  }

  // MARK: Durations

  /// `3年間`, `1990年代`, `10年後`, `5年ぶり`: counts, not years (`j` is just after `年`).
  func isDurationAfterYear(_ j: Int) -> Bool { isDuration(at: j, words.yearDurations) }

  /// `3日間`, `5日ぶり`: counts, not days (`j` is just after `日`).
  func isDurationAfterDay(_ j: Int) -> Bool { isDuration(at: j, words.dayDurations) }

  private func isDuration(at j: Int, _ suffixes: [DurationSuffix]) -> Bool {
    suffixes.contains { d in
      matches(d.suffix, at: j) && !d.unlessFollowedBy.contains { matches($0, at: j + d.suffix.count) }
    }
  }

  // MARK: Eras

  func eraPrefix(at i: Int) -> Era? {
    Era.allCases.first { text.matches($0.rawValue, at: i) }
  }

  /// 平成24年, 昭和五十六年五月八日, 令和元年, and 平成24～26年 (the first end without 年).
  func eraYear(start: Int, era: Era, previous: RawDate?) -> RawDate? {
    let j = start + era.rawValue.unicodeScalars.count
    guard let n = numeral(at: j, allowGan: true), n.value >= 1, n.value <= 99, let year = era.gregorianYear(n.value)
    else { return nil }
    var raw = RawDate(range: start..<n.end, year: year)
    raw.era = era
    raw.eraYear = n.value
    if at(n.end) == units.year {
      guard !isDurationAfterYear(n.end + 1) else { return nil }
      guard var rest = components(start: start, from: n.end + 1, relative: .document(.year, 0), previous: previous)
      else { return nil }
      rest.relative = nil
      rest.year = year
      rest.era = era
      rest.eraYear = n.value
      return rest
    }
    var k = text.skipSpaces(n.end)
    guard let dash = at(k), text.lexicon.dashes.contains(dash) else { return nil }
    k = text.skipSpaces(k + 1)
    guard let second = numeral(at: k), at(second.end) == units.year, second.value > n.value else { return nil }
    return raw
  }

  // MARK: Relative words

  /// 本年, 昨年, 同年, 翌日... with the checks that keep 日本年金, 将来年, 以前日本, 同年代 out.
  func relativeWord(at i: Int) -> (relative: RawDate.Relative, length: Int)? {
    for entry in words.relativeWords where matches(entry.word, at: i) {
      let end = i + entry.word.count
      if let before = at(i - 1), entry.notBefore.contains(before) { return nil }
      if let after = at(end), entry.notAfter.contains(after) { return nil }
      let relative: RawDate.Relative =
        switch entry.base {
        case .document: .document(entry.unit, entry.offset)
        case .previous: .previous(entry.unit, entry.offset)
        }
      return (relative, entry.word.count)
    }
    return nil
  }
}
