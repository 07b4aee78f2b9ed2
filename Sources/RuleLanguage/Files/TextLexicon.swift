import ClaimGraphText
import Patterns

/// What the extraction steps know about one language's text besides its patterns (`rules/text/<lang>.yaml`):
/// punctuation, quotation and bracket pairs, the words that tie an event to its place, the verbs that say it
/// was held, anaphora prefixes, name-part separators and the named windows of the claim and event steps.
///
/// Characters and words are width-folded (、 is a comma, （ is `(`) so that they compare with folded text. A
/// language without a file has an empty lexicon: no links, no verbs, windows of length 0.
package struct TextLexicon: Sendable {
  /// An opening and a closing character (「」, `()`).
  package struct Pair: Sendable, Hashable {
    /// The opening character.
    package let open: Unicode.Scalar
    /// The closing character.
    package let close: Unicode.Scalar

    /// The pair of `open` and `close`.
    package init(open: Unicode.Scalar, close: Unicode.Scalar) {
      self.open = open
      self.close = close
    }
  }

  /// Where a clause ends (a comma, a sentence end): an event's date and place are looked for back to it.
  package var clauseBreaks: Set<Unicode.Scalar> = []
  /// Quotations (「…」): a verb inside one is quoted, not said; a title's quoted names are not its authors.
  package var quotations: [Pair] = []
  /// Brackets (`(…)`): a verb inside them is not said either; a closer whose opener is in the sentence stays
  /// with the object phrase.
  package var brackets: [Pair] = []
  /// Marks an object phrase does not end with (sentence ends, spaces), besides the closers of the pairs.
  package var objectTrailingMarks: Set<Unicode.Scalar> = []
  /// Marks an object phrase does not start or end with: what a boundary leaves behind (、 and spaces).
  package var objectPadding: Set<Unicode.Scalar> = []
  /// Words after a place that make it the place of the event that follows (における, で, `in `).
  package var placeLinks: [[Unicode.Scalar]] = []
  /// Words after a place between an event and its held verb that make it the event's place (…会合が東京で開催).
  package var placeLinksAfterEvent: [[Unicode.Scalar]] = []
  /// Verbs that say an event was held (開催, 行われ): a date or place between the event and the verb is its own.
  package var heldVerbs: [[Unicode.Scalar]] = []
  /// Marks that stop the search for a held verb (。 inside a quotation that does not end the segment).
  package var heldVerbStops: Set<Unicode.Scalar> = []
  /// A date that opens a sentence followed by one of these marks (2025年4月9日、…) dates the sentence's events.
  package var openingDateMarks: Set<Unicode.Scalar> = []
  /// Prefixes of a role title that refer back to the last person with that title (同 in 同大統領).
  package var anaphoraPrefixes: [String] = []
  /// Characters that separate the parts of a name (・ in ジョン・スミス): a surname alone is the last part.
  package var namePartSeparators: Set<Unicode.Scalar> = []
  /// Character kinds whose words a gazetteer name is never cut out of (katakana: タイ is not in タイミング).
  package var wholeWords: [CharCategory] = []
  /// Characters between which a space is a copy's artefact (北 朝鮮, ノルマンデ ィー: copies converted from PDF),
  /// skipped when gazetteer names are matched.
  package var spacedWordCharacters = CharacterKinds()
  /// Characters that join the names of a compound (日・EU, 日 NATO): a one-character abbreviation stands there.
  package var compoundJoiners: Set<Unicode.Scalar> = []
  /// The named windows, in characters.
  package var windows = Windows()

  /// Characters given as kinds (katakana) and single marks (・).
  package struct CharacterKinds: Sendable {
    /// Character kinds, by their pattern names.
    package var kinds: [CharCategory] = []
    /// Single characters.
    package var marks: Set<Unicode.Scalar> = []

    /// No characters.
    package init() {}

    /// Whether `s` is of one of the kinds or one of the marks.
    package func contains(_ s: Unicode.Scalar) -> Bool { marks.contains(s) || kinds.contains { $0.contains(s) } }

    /// The characters of both.
    package func union(_ other: CharacterKinds) -> CharacterKinds {
      var u = self
      for kind in other.kinds where !u.kinds.contains(kind) { u.kinds.append(kind) }
      u.marks.formUnion(other.marks)
      return u
    }
  }

  /// The named windows of the event and claim steps, in characters (0: nothing is looked at).
  package struct Windows: Sendable {
    /// How far after an event the verb that says it was held may start.
    package var heldVerbAfterEvent = 0
    /// How far before an event a date dates it; nil: anywhere in the event's clause.
    package var dateBeforeEvent: Int?
    /// How far from a sentence's start a date that opens it may start.
    package var openingDateStart = 0
    /// How far before a verb its negation may start ("do not" before "recognize").
    package var negationBeforeVerb = 0
    /// How far before a verb a modality word may start ("strongly" before "condemn").
    package var modalityBeforeVerb = 0
    /// How far after the object a modality phrase may start ("in the strongest terms").
    package var modalityAfterObject = 0
    /// How far before a verb the object boundary that it follows may start (", and" before "urge").
    package var boundaryBeforeVerb = 0

    /// Windows of length 0, a date anywhere in the clause.
    package init() {}
  }

  /// An empty lexicon.
  package init() {}

  /// The openers of quotations and brackets.
  package var openers: Set<Unicode.Scalar> { Set((quotations + brackets).map(\.open)) }
  /// The closers of quotations and brackets.
  package var closers: Set<Unicode.Scalar> { Set((quotations + brackets).map(\.close)) }
}
