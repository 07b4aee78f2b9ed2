/// Turns scanned expressions into validated date mentions, filling in what each leaves out:
/// from its range partner (`9–11 April 2025`), the last date mentioned before it (同年, 9日 after 5月4日から,
/// 4月 after 2023年3月) or the document date (本日, 本年2月, 5月4日 in a document with no earlier date).
struct DateResolver {
  let documentDate: SimpleDate?

  func resolve(_ raws: [RawDate]) -> [DateMention] {
    var mentions: [DateMention] = []
    var emitted = Set<Int>()
    var last: SimpleDate?
    for (k, raw) in raws.enumerated() {
      let next = k + 1 < raws.count && (raw.rangeRole == .start || raw.borrowsFromNext) ? raws[k + 1] : nil
      guard let (value, anchor) = resolveOne(raw, next: next, last: last) else { continue }
      mentions.append(DateMention(range: raw.range, value: value, anchor: anchor, rangeRole: raw.rangeRole))
      emitted.insert(k)
      last = value
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

  private func resolveOne(_ raw: RawDate, next: RawDate?, last: SimpleDate?) -> (SimpleDate, DateAnchor)? {
    if let relative = raw.relative { return resolveRelative(raw, relative, last: last) }
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
      guard let l = last, let lm = l.month else { return nil }
      year = l.year
      month = lm
      anchor = .previousMention
    } else if let l = last {
      year = l.year
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
