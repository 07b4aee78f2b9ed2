import ClaimGraphText

/// Reads the `sentences:` section of `rules/sentences/<lang>.yaml` into a `SentenceLexicon`.
enum SentenceLexiconReader {
  static let keys = [
    "end-marks", "conditional-end-marks", "full-stop-between-japanese-ends", "sentence-starts", "abbreviations",
    "brackets", "closing-quotes", "line-shapes",
  ]

  static func read(_ v: YAMLValue) throws -> SentenceLexicon {
    let m = try v.mapping("'sentences'")
    var lexicon = SentenceLexicon()
    lexicon.endMarks = try LexiconValues.characters(m.optional("end-marks"), "a mark", asWritten: true)
    lexicon.conditionalEndMarks = try LexiconValues.characters(
      m.optional("conditional-end-marks"), "a mark", asWritten: true)
    lexicon.fullStopBetweenJapaneseEnds = try m.bool("full-stop-between-japanese-ends", default: false)
    if let s = m.optional("sentence-starts") { lexicon.sentenceStarts = try starts(s) }
    lexicon.abbreviations = try LexiconValues.words(m.optional("abbreviations"), "abbreviations")
    lexicon.brackets = try brackets(m.optional("brackets"))
    lexicon.closingQuotes = try LexiconValues.characters(m.optional("closing-quotes"), "a quote")
    if let l = m.optional("line-shapes") { lexicon.lineShapes = try lineShapes(l) }
    try LexiconValues.checkKeys(m, in: "sentences", allowed: keys)
    return lexicon
  }

  /// `[capital, digit, "(", 「]`: character kinds by name, other entries single marks.
  private static func starts(_ v: YAMLValue) throws -> SentenceStarts {
    var starts = SentenceStarts()
    for item in try v.list("'sentence-starts'") {
      let s = try item.requireString("a character kind or a mark")
      if let kind = SentenceStarts.CharacterKind(rawValue: s) {
        starts.kinds.insert(kind)
      } else {
        starts.marks.insert(
          try LexiconValues.character(item, "a character kind (capital, latin-capital, digit) or a mark"))
      }
    }
    return starts
  }

  /// `["「」", "()"]`: each entry an opener and its closer.
  private static func brackets(_ v: YAMLValue?) throws -> [Unicode.Scalar: Unicode.Scalar] {
    var pairs: [Unicode.Scalar: Unicode.Scalar] = [:]
    for item in try v?.list("'brackets'") ?? [] {
      let s = WidthFolding.fold(try item.requireString("a bracket pair"))
      guard s.count == 2 else { throw item.fail("expected a bracket pair (an opener and its closer, as 「」)") }
      pairs[s[0]] = s[1]
    }
    return pairs
  }

  private static func lineShapes(_ v: YAMLValue) throws -> LineShapes {
    let m = try v.mapping("'line-shapes'")
    var shapes = LineShapes()
    shapes.maximumHeadingLength = try m.int("heading-max-length", default: 0)
    shapes.headingBreakers = try LexiconValues.characters(m.optional("heading-breakers"), "a mark", asWritten: true)
    shapes.headingFinalBreakers = try LexiconValues.characters(m.optional("heading-final-breakers"), "a mark")
    shapes.bullets = try LexiconValues.characters(m.optional("bullets"), "a bullet")
    shapes.dashBullets = try LexiconValues.characters(m.optional("dash-bullets"), "a dash")
    try LexiconValues.checkKeys(
      m, in: "line-shapes",
      allowed: ["heading-max-length", "heading-breakers", "heading-final-breakers", "bullets", "dash-bullets"])
    return shapes
  }
}
