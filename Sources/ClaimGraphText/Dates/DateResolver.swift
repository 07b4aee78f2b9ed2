/// Turns scanned expressions into validated date mentions, filling in what each leaves out:
/// from its range partner (`9–11 April 2025`), the last date mentioned before it (同年, 9日 after 5月4日から,
/// 4月 after 2023年3月) or the document date (本日, 本年2月, 5月4日 in a document with no earlier date).
///
/// Which year a month without one takes (4月, `in May`): the year of the last date mentioned when that date
/// belongs to a chain of written dates (absolute, itself inherited, or anaphoric like 同年5月), so that
/// 2023年3月…4月 is 2023-04 and 5月4日から9日まで stays in one month. After a date counted from the document
/// (来年1月, 昨年, 本日, `next year`, `last May`, `today`) it is the document's year instead (来年1月に…。8月に
/// in a 2022 speech is 2022-08), unless the month is joined to that date in one phrase by a range or list
/// connector (来年1月から3月まで, 昨年3月及び5月, 昨年、5月): then it continues the relative frame. A range end that would
/// come before its start moves to the next year (2023年12月から1月まで → 2024-01).
struct DateResolver {
  let documentDate: SimpleDate?

  /// The last date resolved, and whether it was counted from the document date.
  private struct Last {
    let value: SimpleDate
    let documentRelative: Bool
  }

  func resolve(_ raws: [RawDate]) -> [DateMention] {
    var mentions: [DateMention] = []
    var emitted = Set<Int>()
    var last: Last?
    for (k, raw) in raws.enumerated() {
      let next = k + 1 < raws.count && (raw.rangeRole == .start || raw.borrowsFromNext) ? raws[k + 1] : nil
      guard let (value, anchor) = resolveOne(raw, next: next, last: last) else { continue }
      mentions.append(DateMention(range: raw.range, value: value, anchor: anchor, rangeRole: raw.rangeRole))
      emitted.insert(k)
      last = Last(value: value, documentRelative: raw.relative?.isDocumentRelative ?? false)
    }
    return dropUnpairedRoles(mentions, raws: raws, emitted: emitted)
  }

  /// A range role stays only when both ends became mentions.
  private func dropUnpairedRoles(_ mentions: [DateMention], raws: [RawDate], emitted: Set<Int>) -> [DateMention] {
    var keep = Set<Int>()
    for k in emitted.sorted() where raws[k].rangeRole == .start && emitted.contains(k + 1) {
      keep.insert(raws[k].range.lowerBound)
      keep.insert(raws[k + 1].range.lowerBound)
    }
    return mentions.map { m in
      m.rangeRole == nil || keep.contains(m.range.lowerBound)
        ? m : DateMention(range: m.range, value: m.value, anchor: m.anchor, rangeRole: nil)
    }
  }

  private func resolveOne(_ raw: RawDate, next: RawDate?, last: Last?) -> (SimpleDate, DateAnchor)? {
    if let relative = raw.relative { return resolveRelative(raw, relative, last: last?.value) }
    if let year = raw.year {
      return SimpleDate.validated(year: year, month: raw.month, day: raw.day).map { ($0, .absolute) }
    }
    var month = raw.month
    var year: Int?
    if let partner = next, partner.relative == nil {
      if month == nil, raw.day != nil { month = partner.month }
      if let m = month, let py = partner.year {
        // December – January 2024: the start is in the year before.
        year = partner.month.map { m > $0 ? py - 1 : py } ?? py
      }
    }
    if let y = year {
      return SimpleDate.validated(year: y, month: month, day: raw.day).map { ($0, .absolute) }
    }
    let anchor: DateAnchor
    if month == nil {
      // A bare day (9日 after 5月4日から): the month and year of the date before it.
      guard let l = last?.value, let lm = l.month else { return nil }
      year = l.year
      month = lm
      anchor = .previousMention
    } else if let l = last, !l.documentRelative || raw.joinsPrevious {
      year = l.value.year
      // 2023年12月から1月まで: a range end does not come before its start.
      if raw.rangeRole == .end, let m = month, let lm = l.value.month,
        (m, raw.day ?? 0) < (lm, l.value.day ?? 0)
      {
        year = l.value.year + 1
      }
      anchor = .previousMention
    } else if let d = documentDate {
      year = d.year
      anchor = .documentDate
    } else {
      return nil
    }
    guard let y = year else { return nil }
    return SimpleDate.validated(year: y, month: month, day: raw.day).map { ($0, anchor) }
  }

  /// 本年2月, 昨年, 本日 against the document date; 同年5月, 同月9日, 翌日 against the last date mentioned.
  private func resolveRelative(_ raw: RawDate, _ relative: RawDate.Relative, last: SimpleDate?)
    -> (SimpleDate, DateAnchor)?
  {
    let base: SimpleDate?
    let anchor: DateAnchor
    switch relative {
    case .document(let level, let offset):
      guard let d = documentDate else { return nil }
      base = shift(d, level: level, by: offset, keepPrecision: true)
      anchor = .documentDate
    case .previous(let level, let offset):
      guard let l = last else { return nil }
      base = shift(l, level: level, by: offset, keepPrecision: false)
      anchor = .previousMention
    case .documentMonth(let direction):
      guard let d = documentDate, let m = raw.month else { return nil }
      base = nearestMonth(m, direction: direction, from: d)
      anchor = .documentDate
    }
    guard let b = base else { return nil }
    let value: SimpleDate?
    switch relative.level {
    case .year: value = SimpleDate.validated(year: b.year, month: raw.month, day: raw.month == nil ? nil : raw.day)
    case .month: value = b.month.flatMap { SimpleDate.validated(year: b.year, month: $0, day: raw.day) }
    case .day: value = b
    }
    return value.map { ($0, anchor) }
  }

  /// `last May` (the May before the document's month), `this May` (the document's year), `next May` (the May
  /// after it); `nil` when the direction needs the document's month and it has none.
  private func nearestMonth(_ month: Int, direction: Int, from d: SimpleDate) -> SimpleDate? {
    guard direction != 0 else { return SimpleDate(year: d.year, month: month) }
    guard let dm = d.month else { return nil }
    if direction < 0 { return SimpleDate(year: month < dm ? d.year : d.year - 1, month: month) }
    return SimpleDate(year: month > dm ? d.year : d.year + 1, month: month)
  }

  /// The base date at a relative word's level, moved by its offset. With `keepPrecision` (the document
  /// date), 本日 in a document dated only to the month is that month; otherwise a level the base lacks fails.
  private func shift(_ d: SimpleDate, level: RawDate.Level, by offset: Int, keepPrecision: Bool) -> SimpleDate? {
    switch level {
    case .year:
      return SimpleDate(year: d.year + offset)
    case .month:
      guard let m = d.month else { return nil }
      return SimpleDate(year: d.year, month: m).addingMonths(offset)
    case .day:
      if d.day != nil { return d.addingDays(offset) }
      return keepPrecision && offset == 0 ? d : nil
    }
  }
}
