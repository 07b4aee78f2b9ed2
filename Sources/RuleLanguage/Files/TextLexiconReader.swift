import ClaimGraphText
import Patterns

/// Reads the `text:` section of `rules/text/<lang>.yaml` into a `TextLexicon`.
enum TextLexiconReader {
  static let keys = [
    "clause-breaks", "quotations", "brackets", "object-trailing-marks", "object-padding", "place-links",
    "place-links-after-event",
    "held-verbs", "held-verb-stops", "opening-date-marks", "anaphora-prefixes", "name-part-separators",
    "whole-words", "spaced-word-characters", "compound-joiners", "windows",
  ]
  static let windowKeys = [
    "held-verb-after-event", "date-before-event", "opening-date-start", "negation-before-verb",
    "modality-before-verb", "modality-after-object", "boundary-before-verb",
  ]

  static func read(_ v: YAMLValue) throws -> TextLexicon {
    let m = try v.mapping("'text'")
    var lexicon = TextLexicon()
    lexicon.clauseBreaks = try LexiconValues.characters(m.optional("clause-breaks"), "a clause break")
    lexicon.quotations = try pairs(m.optional("quotations"), "a quotation pair")
    lexicon.brackets = try pairs(m.optional("brackets"), "a bracket pair")
    lexicon.objectTrailingMarks = try LexiconValues.characters(m.optional("object-trailing-marks"), "a mark")
    lexicon.objectPadding = try LexiconValues.characters(m.optional("object-padding"), "a mark")
    lexicon.placeLinks = try words(m.optional("place-links"), "place links")
    lexicon.placeLinksAfterEvent = try words(m.optional("place-links-after-event"), "place links")
    lexicon.heldVerbs = try words(m.optional("held-verbs"), "held verbs")
    lexicon.heldVerbStops = try LexiconValues.characters(m.optional("held-verb-stops"), "a mark")
    lexicon.openingDateMarks = try LexiconValues.characters(m.optional("opening-date-marks"), "a mark")
    lexicon.anaphoraPrefixes = try LexiconValues.foldedWords(m.optional("anaphora-prefixes"), "anaphora prefixes")
    lexicon.namePartSeparators = try LexiconValues.characters(m.optional("name-part-separators"), "a separator")
    lexicon.wholeWords = try categories(m.optional("whole-words"))
    lexicon.spacedWordCharacters = try characterKinds(m.optional("spaced-word-characters"))
    lexicon.compoundJoiners = try LexiconValues.characters(m.optional("compound-joiners"), "a joiner")
    if let w = m.optional("windows") { lexicon.windows = try windows(w) }
    try LexiconValues.checkKeys(m, in: "text", allowed: keys)
    return lexicon
  }

  /// Texts (a text or a list), width-folded, as scalars.
  private static func words(_ v: YAMLValue?, _ what: String) throws -> [[Unicode.Scalar]] {
    try (v?.strings(what) ?? []).map { WidthFolding.fold($0) }
  }

  /// `[「」, "()"]`: each entry an opener and its closer, width-folded.
  private static func pairs(_ v: YAMLValue?, _ what: String) throws -> [TextLexicon.Pair] {
    try (v?.list("'\(what)s'") ?? []).map { item in
      let s = WidthFolding.fold(try item.requireString(what))
      guard s.count == 2 else { throw item.fail("expected \(what) (an opener and its closer, as 「」)") }
      return TextLexicon.Pair(open: s[0], close: s[1])
    }
  }

  /// `[katakana]`: character kinds by their pattern names.
  private static func categories(_ v: YAMLValue?) throws -> [CharCategory] {
    guard let v else { return [] }
    return try (v.string != nil ? [v] : v.list("'whole-words'")).map { item in
      let name = try item.requireString("a character kind")
      guard let kind = CharCategory(rawValue: name) else {
        let known = CharCategory.allCases.map(\.rawValue).joined(separator: ", ")
        throw item.fail("unknown character kind '\(name)' (expected one of \(known))")
      }
      return kind
    }
  }

  /// `[kanji, kana, ・]`: character kinds by their pattern names, other entries single characters.
  private static func characterKinds(_ v: YAMLValue?) throws -> TextLexicon.CharacterKinds {
    var characters = TextLexicon.CharacterKinds()
    guard let v else { return characters }
    for item in v.string != nil ? [v] : try v.list("'spaced-word-characters'") {
      if let kind = CharCategory(rawValue: try item.requireString("a character kind or a character")) {
        characters.kinds.append(kind)
      } else {
        characters.marks.insert(try LexiconValues.character(item, "a character kind (kanji, kana, …) or a character"))
      }
    }
    return characters
  }

  private static func windows(_ v: YAMLValue) throws -> TextLexicon.Windows {
    let m = try v.mapping("'windows'")
    var w = TextLexicon.Windows()
    w.heldVerbAfterEvent = try m.int("held-verb-after-event", default: 0)
    if m.optional("date-before-event") != nil { w.dateBeforeEvent = try m.int("date-before-event", default: 0) }
    w.openingDateStart = try m.int("opening-date-start", default: 0)
    w.negationBeforeVerb = try m.int("negation-before-verb", default: 0)
    w.modalityBeforeVerb = try m.int("modality-before-verb", default: 0)
    w.modalityAfterObject = try m.int("modality-after-object", default: 0)
    w.boundaryBeforeVerb = try m.int("boundary-before-verb", default: 0)
    try LexiconValues.checkKeys(m, in: "windows", allowed: windowKeys)
    return w
  }
}
