/// English dates that depend on the words around them: a month name alone (`in April`, `by May`),
/// `last`/`this`/`next` + a month (`last May`), and `today`, `yesterday`, `tomorrow` naming the statement's day.
extension DateScanner {
  // MARK: Month names alone

  /// A month name with no day or year: a full name other than May anywhere (`the April summit`); `May` only
  /// where the modal verb cannot stand (see `isMayMonth`); abbreviations never.
  func bareMonth(start: Int, _ m: MonthName, previous: RawDate?) -> [RawDate] {
    let isMonth = m.standsAlone || (m.isFull && m.month == 5 && isMayMonth(start: start, end: m.end, previous: previous))
    return isMonth ? [RawDate(range: start..<m.end, month: m.month)] : []
  }

  /// Whether a capitalized `May` alone is the month: after a word that introduces a time (`in May`, `by May`,
  /// `since May`, `in early May`, `end of May`), after `mid-`, joined to a date before it (`April and May`,
  /// `from April to May`), or opening a sentence before a comma (`May, ...`). Never `May's` (a person's),
  /// `May I`, `May the ...`.
  func isMayMonth(start: Int, end: Int, previous: RawDate?) -> Bool {
    if let c = at(end), c == "'" || c == "’" { return false }
    if at(start - 1) == "-" { return wordBefore(start - 1)?.lowercased() == "mid" }
    if let w = wordBefore(start)?.lowercased(), Self.monthContextWords.contains(w) { return true }
    if let p = previous, let c = connector(from: p.range.upperBound, to: start),
      Self.continuationConnectors.contains(c) || Self.listWords.contains(c)
    {
      return true
    }
    return isSentenceStart(start) && at(end) == ","
  }

  /// Words after which a month name is a time (`in`, `by`, `since`, `until`, `during`, `early`, `of`...).
  static let monthContextWords: Set<String> = [
    "in", "by", "since", "until", "till", "from", "during", "through", "throughout", "early", "late", "mid",
    "of", "between", "around", "before",
  ]

  // MARK: last/this/next + month

  /// `last May`, `this April`, `next June` (a full month name with no day or year after it), counted from the
  /// document date; not `the last May` or `every next June`.
  func relativeMonth(at i: Int) -> RawDate? {
    for (word, direction) in [("last", -1), ("this", 0), ("next", 1)] {
      guard let w = lowercasedWord(at: i, word), w.end < f.count else { continue }
      let j = skipSpaces(w.end)
      guard j > w.end, let m = monthName(at: j), m.isFull else { return nil }
      let k = skipSpaces(m.end)
      if let c = at(k), c.isASCIIDigit { return nil }
      if let c = at(m.end), c == "'" || c == "’" { return nil }
      if let b = wordBefore(i)?.lowercased(), ["the", "a", "one", "per", "every", "each"].contains(b) { return nil }
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
    for (word, offset) in [("today", 0), ("yesterday", -1), ("tomorrow", 1)] {
      guard let w = lowercasedWord(at: i, word) else { continue }
      let end = w.end
      if let c = at(end), c == "'" || c == "’" { return nil }
      if let b = wordBefore(i)?.lowercased(), Self.deicticBlockers.contains(b) { return nil }
      let isDate: Bool
      if offset == -1 {
        isDate = true
      } else {
        let opensSentence = isSentenceStart(i) && at(end) == ","
        let afterPastVerb = followsPastVerb(i) && (isClauseEnd(end) || followedByPreposition(end))
        let beforeVerb = offset == 0 && wordAfter(end).map { Self.isReportingVerb($0.lowercased()) } == true
        let earlierOrLater = offset == 0 && wordBefore(i).map { ["earlier", "later"].contains($0.lowercased()) } == true
        isDate = opensSentence || afterPastVerb || beforeVerb || earlierOrLater
      }
      return isDate ? RawDate(range: i..<end, relative: .document(.day, offset)) : nil
    }
    return nil
  }

  /// Words before `today`/`tomorrow`/`yesterday` that make it "the present", "the future" or a limit.
  static let deicticBlockers: Set<String> = [
    "of", "until", "till", "since", "than", "for", "to", "from", "a", "an", "the", "better", "brighter",
  ]

  /// Past forms that do not end in -ed.
  static let irregularPastVerbs: Set<String> = [
    "met", "held", "made", "said", "took", "gave", "sent", "spoke", "began", "wrote", "came", "went", "saw",
    "told", "left", "paid", "sat", "stood", "won", "led", "begun", "given", "taken", "done", "did", "spoken",
    "written",
  ]

  /// Verbs that follow the subject and `today` in a dated report (`X today announced`, `Today marks`).
  static let reportingVerbs: Set<String> = [
    "announces", "launches", "releases", "issues", "signs", "adopts", "marks", "welcomes", "reaffirms",
    "agrees", "joins", "unveils", "publishes", "becomes", "celebrates", "commemorates", "condemns",
  ]

  static func isPastVerb(_ w: String) -> Bool {
    if irregularPastVerbs.contains(w) { return true }
    return w.count >= 4 && w.hasSuffix("ed") && !w.hasSuffix("eed")
  }

  static func isReportingVerb(_ w: String) -> Bool { reportingVerbs.contains(w) || isPastVerb(w) }

  /// Whether a past verb comes before `i` with at most `here`/`there` or `in`/`at` + a capitalized place
  /// between: `met today`, `signed here today`, `met in Brussels today`, `held at the White House today`.
  func followsPastVerb(_ i: Int) -> Bool {
    guard let w = wordSpanBefore(i) else { return false }
    let lower = w.word.lowercased()
    if lower == "here" || lower == "there" {
      return wordBefore(w.start).map { Self.isPastVerb($0.lowercased()) } ?? false
    }
    if w.word.unicodeScalars.first?.isASCIIUppercase == true {
      // Up to four capitalized words of a place name, an optional `the`, then `in`/`at`.
      var k = i
      var words = 0
      while words < 4, let p = wordSpanBefore(k), p.word.unicodeScalars.first?.isASCIIUppercase == true {
        k = p.start
        words += 1
      }
      if let the = wordSpanBefore(k), the.word == "the" { k = the.start }
      guard let prep = wordSpanBefore(k), prep.word == "in" || prep.word == "at" else { return false }
      return wordBefore(prep.start).map { Self.isPastVerb($0.lowercased()) } ?? false
    }
    return Self.isPastVerb(lower)
  }

  /// Whether a preposition that continues a dated report follows `e`: `met today with`, `today for talks`.
  func followedByPreposition(_ e: Int) -> Bool {
    guard let w = wordAfter(e) else { return false }
    return Self.reportPrepositions.contains(w.lowercased())
  }

  /// Prepositions after `today` in a dated report (`by` is left out: `the challenges faced today by`).
  static let reportPrepositions: Set<String> = ["with", "for", "in", "at", "on", "to", "and"]

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
    let k = skipSpacesBackward(i)
    guard let c = at(k - 1) else { return true }
    return c == "." || c == "!" || c == "?" || c == "。" || c == "\n" || c == "\r"
  }

  /// Whether a clause ends at `i`: the text end, or `.`, `,`, `;`, `!`, `?` or a line break after spaces.
  func isClauseEnd(_ i: Int) -> Bool {
    guard let c = at(skipSpaces(i)) else { return true }
    return ".,;!?\n\r".unicodeScalars.contains(c)
  }

  /// The ASCII word ending just before `i` (skipping spaces) and its start offset.
  func wordSpanBefore(_ i: Int) -> (word: String, start: Int)? {
    guard let w = wordBefore(i) else { return nil }
    return (w, skipSpacesBackward(i) - w.unicodeScalars.count)
  }

  /// The first offset at or before `i` not preceded by a space or tab.
  func skipSpacesBackward(_ i: Int) -> Int {
    var k = i
    while k > 0, let c = at(k - 1), c == " " || c == "\t" || c == "\u{A0}" { k -= 1 }
    return k
  }
}
