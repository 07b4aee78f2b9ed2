/// English dates that depend on the words around them: a month name alone (`in April`, `by May`),
/// `last`/`this`/`next` + a month (`last May`), and `today`, `yesterday`, `tomorrow` naming the statement's day.
extension EnglishDateScanner {
  // MARK: Month names alone

  /// A month name with no day or year: a full name other than May anywhere (`the April summit`); `May` only
  /// where the modal verb cannot stand (see `isMayMonth`); abbreviations never.
  func bareMonth(start: Int, _ m: MonthName, previous: RawDate?) -> [RawDate] {
    let isMonth =
      m.standsAlone || (m.isFull && m.month == 5 && isMayMonth(start: start, end: m.end, previous: previous))
    return isMonth ? [RawDate(range: start..<m.end, month: m.month)] : []
  }

  /// Whether a capitalized `May` alone is the month: after a word that introduces a time (`in May`, `by May`,
  /// `since May`, `in early May`, `end of May`), after `mid-`, joined to a date before it (`April and May`,
  /// `from April to May`), or opening a sentence before a comma (`May, ...`). Never `May's` (a person's),
  /// `May I`, `May the ...`.
  func isMayMonth(start: Int, end: Int, previous: RawDate?) -> Bool {
    if let c = at(end), words.possessiveMarks.contains(c) { return false }
    if at(start - 1) == "-" {
      return wordBefore(start - 1).map { words.monthPrefixes.contains($0.lowercased()) } ?? false
    }
    if let w = wordBefore(start)?.lowercased(), words.monthContextWords.contains(w) { return true }
    if let p = previous, let c = text.connector(from: p.range.upperBound, to: start),
      text.lexicon.continuationConnectors.contains(c) || text.lexicon.listWords.contains(c)
    {
      return true
    }
    return isSentenceStart(start) && at(end) == ","
  }

  // MARK: last/this/next + month

  /// `last May`, `this April`, `next June` (a full month name with no day or year after it), counted from the
  /// document date; not `the last May` or `every next June`.
  func relativeMonth(at i: Int) -> RawDate? {
    for (word, direction) in words.relativeMonthWords {
      guard let w = lowercasedWord(at: i, word), w.end < f.count else { continue }
      let j = skipSpaces(w.end)
      guard j > w.end, let m = monthName(at: j), m.isFull else { return nil }
      let k = skipSpaces(m.end)
      if let c = at(k), c.isASCIIDigit { return nil }
      if let c = at(m.end), words.possessiveMarks.contains(c) { return nil }
      if let b = wordBefore(i)?.lowercased(), words.spanWords.contains(b) { return nil }
      return RawDate(range: i..<m.end, month: m.month, relative: .documentMonth(direction))
    }
    return nil
  }

  // MARK: today, yesterday, tomorrow

  /// `today`, `yesterday` or `tomorrow` as the day of a dated statement, counted from the document date.
  ///
  /// Never possessive (`today's world`) or after `of`, `until`, `since`, `than`, `for`, an article or
  /// `better`/`brighter` (`the challenges of today`, `a better tomorrow`). Then `yesterday` is always a date;
  /// `today` and `tomorrow` only when they open a sentence before a comma (`Today, we ...`), follow a past verb
  /// at the end of a clause or before a preposition (`We met today.`, `was signed here today,`, `met today with`,
  /// `met in Brussels today for`), or, for `today`, come right before a reporting verb (`the Ministry today
  /// announced`, `Today marks`) or right after `earlier`/`later`. `Today we face ...` and `the world we need
  /// today` (nowadays) are not dates.
  func deicticDay(at i: Int) -> RawDate? {
    for day in words.days {
      guard let w = lowercasedWord(at: i, day.word) else { continue }
      let end = w.end
      if let c = at(end), words.possessiveMarks.contains(c) { return nil }
      if let b = wordBefore(i)?.lowercased(), words.dayBlockers.contains(b) { return nil }
      let isDate = day.alwaysDate || isReportedDay(start: i, end: end, offset: day.offset)
      return isDate ? RawDate(range: i..<end, relative: .document(.day, day.offset)) : nil
    }
    return nil
  }

  /// Whether `today`/`tomorrow` at `start..<end` is the day of a dated report (see `deicticDay`); only the
  /// statement's own day (offset 0) may come before a reporting verb or after `earlier`.
  private func isReportedDay(start i: Int, end: Int, offset: Int) -> Bool {
    let opensSentence = isSentenceStart(i) && at(end) == ","
    let afterPastVerb = followsPastVerb(i) && (isClauseEnd(end) || followedByPreposition(end))
    let beforeVerb = offset == 0 && wordAfter(end).map { isReportingVerb($0.lowercased()) } == true
    let neighbour = offset == 0 && wordBefore(i).map { words.dayNeighbours.contains($0.lowercased()) } == true
    return opensSentence || afterPastVerb || beforeVerb || neighbour
  }

  func isPastVerb(_ w: String) -> Bool { words.pastTense.isPast(w) }

  func isReportingVerb(_ w: String) -> Bool { words.reportingVerbs.contains(w) || isPastVerb(w) }

  /// Whether a past verb comes before `i` with at most `here`/`there` or `in`/`at` + a capitalized place
  /// between: `met today`, `signed here today`, `met in Brussels today`, `held at the White House today`.
  func followsPastVerb(_ i: Int) -> Bool {
    guard let w = wordSpanBefore(i) else { return false }
    let lower = w.word.lowercased()
    if words.placeAdverbs.contains(lower) {
      return wordBefore(w.start).map { isPastVerb($0.lowercased()) } ?? false
    }
    if w.word.unicodeScalars.first?.isASCIIUppercase == true {
      // Up to four capitalized words of a place name, an optional `the`, then `in`/`at`.
      var k = i
      var placeWords = 0
      while placeWords < 4, let p = wordSpanBefore(k), p.word.unicodeScalars.first?.isASCIIUppercase == true {
        k = p.start
        placeWords += 1
      }
      if let the = wordSpanBefore(k), words.placeArticles.contains(the.word) { k = the.start }
      guard let prep = wordSpanBefore(k), words.placePrepositions.contains(prep.word) else { return false }
      return wordBefore(prep.start).map { isPastVerb($0.lowercased()) } ?? false
    }
    return isPastVerb(lower)
  }

  /// Whether a preposition that continues a dated report follows `e`: `met today with`, `today for talks`.
  func followedByPreposition(_ e: Int) -> Bool {
    guard let w = wordAfter(e) else { return false }
    return words.reportPrepositions.contains(w.lowercased())
  }

  // MARK: Helpers

  /// The word `word` (lower-case, or with a capital first letter) at `i`, standing as a whole word.
  func lowercasedWord(at i: Int, _ word: String) -> (word: String, end: Int)? {
    let scalars = Array(word.unicodeScalars)
    guard i + scalars.count <= f.count, let first = at(i), let w0 = scalars.first else { return nil }
    let upper = Unicode.Scalar(w0.value - 0x20) ?? w0
    guard first == w0 || first == upper, matches(Array(scalars.dropFirst()), at: i + 1) else { return nil }
    let end = i + scalars.count
    if let c = at(end), c.isASCIILetter || c.isASCIIDigit { return nil }
    return (word, end)
  }

  /// Whether `i` opens a sentence: only spaces between it and the text start, a line break or `.`/`!`/`?`.
  func isSentenceStart(_ i: Int) -> Bool {
    let k = text.skipSpacesBackward(i)
    guard let c = at(k - 1) else { return true }
    return words.sentenceEnds.contains(c) || c == "\n" || c == "\r"
  }

  /// Whether a clause ends at `i`: the text end, or `.`, `,`, `;`, `!`, `?` or a line break after spaces.
  func isClauseEnd(_ i: Int) -> Bool {
    guard let c = at(skipSpaces(i)) else { return true }
    return words.clauseEnds.contains(c) || c == "\n" || c == "\r"
  }

  /// The ASCII word ending just before `i` (skipping spaces) and its start offset.
  func wordSpanBefore(_ i: Int) -> (word: String, start: Int)? {
    guard let w = wordBefore(i) else { return nil }
    return (w, text.skipSpacesBackward(i) - w.unicodeScalars.count)
  }
}
