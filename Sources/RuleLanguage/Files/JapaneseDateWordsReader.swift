import ClaimGraphText

/// Reads the `dates:` section of `rules/dates/ja.yaml` into `JapaneseDateWords`.
enum JapaneseDateWordsReader {
  static let keys = [
    "units", "connectors", "character-sets", "relative-words", "document-month-day-prefix", "later-day-prefix",
    "bare-day", "durations",
  ]

  static func read(_ v: YAMLValue) throws -> JapaneseDateWords {
    let m = try v.mapping("'dates'")
    var words = JapaneseDateWords(units: try units(try m.require("units", in: "dates")))
    words.connectors = try DateConnectorsReader.read(m.optional("connectors"))
    let sets = try characterSets(m.optional("character-sets"))
    words.relativeWords = try (m.optional("relative-words")?.list("'relative-words'") ?? []).map {
      try relativeWord($0, sets: sets)
    }
    if let p = m.optional("document-month-day-prefix") {
      let pm = try p.mapping("'document-month-day-prefix'")
      words.documentMonthDayPrefix = JapaneseDayPrefix(
        prefix: try LexiconValues.character(try pm.require("prefix", in: "day prefix"), "a prefix"),
        notBefore: try LexiconValues.characterRun(pm.optional("not-before"), sets: sets))
      try LexiconValues.checkKeys(pm, in: "document-month-day-prefix", allowed: ["prefix", "not-before"])
    }
    words.laterDayPrefix = try m.optional("later-day-prefix").map { try LexiconValues.character($0, "a prefix") }
    if let b = m.optional("bare-day") {
      let bm = try b.mapping("'bare-day'")
      words.bareDayBlockedSuffixes = try LexiconValues.foldedWords(bm.optional("not-followed-by"), "suffixes")
        .map { Array($0.unicodeScalars) }
      words.bareDayBlockedFollowers = try LexiconValues.characterRun(
        bm.optional("not-followed-by-characters"), sets: sets)
      words.clauseBreaks = try LexiconValues.characters(bm.optional("clause-breaks"), "a clause break")
      try LexiconValues.checkKeys(
        bm, in: "bare-day", allowed: ["not-followed-by", "not-followed-by-characters", "clause-breaks"])
    }
    if let d = m.optional("durations") {
      let dm = try d.mapping("'durations'")
      words.yearDurations = try durations(dm.optional("after-year"))
      words.dayDurations = try durations(dm.optional("after-day"))
      try LexiconValues.checkKeys(dm, in: "durations", allowed: ["after-year", "after-day"])
    }
    try LexiconValues.checkKeys(m, in: "dates", allowed: keys)
    return words
  }

  private static func units(_ v: YAMLValue) throws -> JapaneseDateUnits {
    let m = try v.mapping("'units'")
    func unit(_ key: String) throws -> Unicode.Scalar {
      try LexiconValues.character(try m.require(key, in: "units"), "a unit")
    }
    let units = JapaneseDateUnits(
      year: try unit("year"), month: try unit("month"), day: try unit("day"), fiscalYear: try unit("fiscal-year"))
    try LexiconValues.checkKeys(m, in: "units", allowed: ["year", "month", "day", "fiscal-year"])
    return units
  }

  private static func characterSets(_ v: YAMLValue?) throws -> [String: Set<Unicode.Scalar>] {
    guard let v else { return [:] }
    let m = try v.mapping("'character-sets' (name: characters)")
    var sets: [String: Set<Unicode.Scalar>] = [:]
    for e in m.entries { sets[e.key] = Set(WidthFolding.fold(try e.value.requireString("characters"))) }
    _ = m.unknownKeys(in: "character-sets", allowed: [])
    return sets
  }

  private static func relativeWord(_ v: YAMLValue, sets: [String: Set<Unicode.Scalar>]) throws -> JapaneseRelativeWord {
    let m = try v.mapping("a relative word")
    let word = try m.require("word", in: "relative word").requireString("a word")
    let what = "relative word '\(word)'"
    let fromValue = try m.require("from", in: what)
    guard let base = DateCountBase(rawValue: try fromValue.requireString("document or previous")) else {
      throw fromValue.fail("\(what): 'from' must be document or previous")
    }
    let unitValue = try m.require("unit", in: what)
    guard let unit = DateUnit(rawValue: try unitValue.requireString("year, month or day")) else {
      throw unitValue.fail("\(what): 'unit' must be year, month or day")
    }
    let entry = JapaneseRelativeWord(
      word: WidthFolding.fold(word), base: base, unit: unit,
      offset: try LexiconValues.int(try m.require("offset", in: what), "an offset"),
      notBefore: try LexiconValues.characterRun(m.optional("not-before"), sets: sets),
      notAfter: try LexiconValues.characterRun(m.optional("not-after"), sets: sets))
    try LexiconValues.checkKeys(m, in: what, allowed: ["word", "from", "unit", "offset", "not-before", "not-after"])
    return entry
  }

  /// A list of suffixes, each a text or `{suffix: 後, unless-followed-by: [半]}`.
  private static func durations(_ v: YAMLValue?) throws -> [DurationSuffix] {
    try (v?.list("duration suffixes") ?? []).map { item in
      if let s = item.string { return DurationSuffix(suffix: WidthFolding.fold(s)) }
      let m = try item.mapping("a duration suffix")
      let suffix = try m.require("suffix", in: "duration suffix").requireString("a suffix")
      let unless = try LexiconValues.foldedWords(m.optional("unless-followed-by"), "texts")
      try LexiconValues.checkKeys(m, in: "duration suffix", allowed: ["suffix", "unless-followed-by"])
      return DurationSuffix(
        suffix: WidthFolding.fold(suffix), unlessFollowedBy: unless.map { Array($0.unicodeScalars) })
    }
  }
}

/// Reads the `connectors:` of a date lexicon: `range`, `continuation`, `list` (texts) and `dashes` (characters).
enum DateConnectorsReader {
  static func read(_ v: YAMLValue?) throws -> DateConnectors {
    guard let v else { return DateConnectors() }
    let m = try v.mapping("'connectors'")
    let connectors = DateConnectors(
      range: try LexiconValues.foldedWords(m.optional("range"), "connectors"),
      continuation: try LexiconValues.foldedWords(m.optional("continuation"), "connectors"),
      list: try LexiconValues.foldedWords(m.optional("list"), "connectors"),
      dashes: Array(try LexiconValues.characters(m.optional("dashes"), "a dash")))
    try LexiconValues.checkKeys(m, in: "connectors", allowed: ["range", "continuation", "list", "dashes"])
    return connectors
  }
}
