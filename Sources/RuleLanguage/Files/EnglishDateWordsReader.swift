import ClaimGraphText

/// Reads the `dates:` section of `rules/dates/en.yaml` into `EnglishDateWords`.
enum EnglishDateWordsReader {
  static func read(_ v: YAMLValue) throws -> EnglishDateWords {
    let m = try v.mapping("'dates'")
    var words = EnglishDateWords()
    words.connectors = try DateConnectorsReader.read(m.optional("connectors"))
    words.months = try (m.optional("months")?.list("'months'") ?? []).map(month)
    try readPhrases(m, into: &words)
    try readContext(m, into: &words)
    try readMarks(m, into: &words)
    try LexiconValues.checkKeys(m, in: "dates", allowed: keys)
    return words
  }

  static let keys = [
    "connectors", "months", "ordinal-suffixes", "day-month-joiners", "day-range-words", "day-list-words",
    "range-pairs", "relative-years", "relative-months", "span-words", "month-context-words", "month-prefixes",
    "days", "day-blockers", "day-neighbours", "reporting-verbs", "past-tense", "report-prepositions",
    "place-adverbs", "place-prepositions", "place-articles", "identifier-words", "count-nouns",
    "number-list-marks", "amount-marks-before", "amount-marks-after", "possessive-marks", "sentence-ends",
    "clause-ends",
  ]

  private static func month(_ v: YAMLValue) throws -> EnglishMonthName {
    let m = try v.mapping("a month name")
    let name = try m.require("name", in: "month name").requireString("a name")
    let what = "month name '\(name)'"
    let number = try LexiconValues.int(try m.require("month", in: what), "a month")
    guard (1...12).contains(number) else { throw m.fail("\(what): month must be 1 to 12") }
    let entry = EnglishMonthName(
      name: name, month: number, isAbbreviation: try m.bool("abbreviation", default: false),
      needsContext: try m.bool("needs-context", default: false))
    try LexiconValues.checkKeys(m, in: what, allowed: ["name", "month", "abbreviation", "needs-context"])
    return entry
  }

  /// Ordinals, joiners, relative phrases and the relative days.
  private static func readPhrases(_ m: YAMLMapping, into words: inout EnglishDateWords) throws {
    words.ordinalSuffixes = try LexiconValues.foldedWords(m.optional("ordinal-suffixes"), "suffixes")
    words.dayMonthJoiners = try LexiconValues.foldedWords(m.optional("day-month-joiners"), "words")
    words.dayRangeWords = try LexiconValues.foldedWords(m.optional("day-range-words"), "words")
    words.dayListWords = try LexiconValues.foldedWords(m.optional("day-list-words"), "words")
    words.rangePairs = try pairs(m.optional("range-pairs"), "range pair", "opener", "joiner").map {
      (opener: $0.0, joiner: $0.1)
    }
    words.relativeYears = try offsets(m.optional("relative-years"), key: "phrase").map { (phrase: $0.0, offset: $0.1) }
    words.relativeMonthWords = try offsets(m.optional("relative-months"), key: "word").map {
      (word: $0.0, offset: $0.1)
    }
    words.days = try (m.optional("days")?.list("'days'") ?? []).map { item in
      let dm = try item.mapping("a relative day")
      let word = try dm.require("word", in: "relative day").requireString("a word")
      let day = EnglishRelativeDay(
        word: word, offset: try LexiconValues.int(try dm.require("offset", in: "relative day"), "an offset"),
        alwaysDate: try dm.bool("always", default: false))
      try LexiconValues.checkKeys(dm, in: "relative day '\(word)'", allowed: ["word", "offset", "always"])
      return day
    }
  }

  /// The word lists that decide from the context whether a word is a date, with what each list holds.
  private static let contextWords:
    [(key: String, what: String, list: WritableKeyPath<EnglishDateWords, Set<String>> & Sendable)] = [
      ("span-words", "words", \.spanWords), ("month-context-words", "words", \.monthContextWords),
      ("month-prefixes", "words", \.monthPrefixes), ("day-blockers", "words", \.dayBlockers),
      ("day-neighbours", "words", \.dayNeighbours), ("reporting-verbs", "verbs", \.reportingVerbs),
      ("report-prepositions", "words", \.reportPrepositions), ("place-adverbs", "words", \.placeAdverbs),
      ("place-prepositions", "words", \.placePrepositions), ("place-articles", "words", \.placeArticles),
      ("identifier-words", "words", \.identifierWords), ("count-nouns", "words", \.countNouns),
    ]

  /// The word lists that decide from the context whether a word is a date.
  private static func readContext(_ m: YAMLMapping, into words: inout EnglishDateWords) throws {
    for entry in contextWords {
      words[keyPath: entry.list] = try LexiconValues.words(m.optional(entry.key), entry.what)
    }
    if let p = m.optional("past-tense") {
      let pm = try p.mapping("'past-tense'")
      words.pastTense.irregular = try LexiconValues.words(pm.optional("irregular"), "verbs")
      words.pastTense.suffix = try pm.optionalString("suffix") ?? ""
      words.pastTense.notSuffixes = try pm.optional("not-suffixes")?.strings("suffixes") ?? []
      words.pastTense.minimumLength = try pm.int("minimum-length", default: 0)
      try LexiconValues.checkKeys(
        pm, in: "past-tense", allowed: ["irregular", "suffix", "not-suffixes", "minimum-length"])
    }
  }

  /// The punctuation marks of number lists, amounts, possessives and sentence and clause ends.
  private static let marks: [(key: String, list: WritableKeyPath<EnglishDateWords, Set<Unicode.Scalar>> & Sendable)] = [
    ("number-list-marks", \.numberListMarks), ("amount-marks-before", \.amountMarksBefore),
    ("amount-marks-after", \.amountMarksAfter), ("possessive-marks", \.possessiveMarks),
    ("sentence-ends", \.sentenceEnds), ("clause-ends", \.clauseEnds),
  ]

  private static func readMarks(_ m: YAMLMapping, into words: inout EnglishDateWords) throws {
    for entry in marks {
      words[keyPath: entry.list] = try LexiconValues.characters(m.optional(entry.key), "a mark")
    }
  }

  /// `[{phrase: last year, offset: -1}, ...]`.
  private static func offsets(_ v: YAMLValue?, key: String) throws -> [(String, Int)] {
    try (v?.list("a list of \(key)s with offsets") ?? []).map { item in
      let m = try item.mapping("a \(key) with an offset")
      let text = try m.require(key, in: key).requireString("a \(key)")
      let offset = try LexiconValues.int(try m.require("offset", in: "\(key) '\(text)'"), "an offset")
      try LexiconValues.checkKeys(m, in: "\(key) '\(text)'", allowed: [key, "offset"])
      return (text, offset)
    }
  }

  /// `[{opener: between, joiner: and}]`.
  private static func pairs(_ v: YAMLValue?, _ what: String, _ first: String, _ second: String) throws
    -> [(String, String)]
  {
    try (v?.list("a list of \(what)s") ?? []).map { item in
      let m = try item.mapping("a \(what)")
      let pair = (
        try m.require(first, in: what).requireString("a word"), try m.require(second, in: what).requireString("a word")
      )
      try LexiconValues.checkKeys(m, in: what, allowed: [first, second])
      return pair
    }
  }
}
