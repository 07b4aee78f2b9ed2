/// The punctuation and words that cut one language's text into sentences (`rules/sentences/<lang>.yaml`).
///
/// A document is split with the lexicon of its own language alone, so each file lists everything its
/// documents contain (a Japanese statement writes `(NATO)` and `Mr.` too). Marks are compared as written
/// unless the field says width-folded.
public struct SentenceLexicon: Sendable {
  /// Marks that end a sentence wherever they stand (`。`, `！`), as written.
  public var endMarks: Set<Unicode.Scalar> = []
  /// Marks that end a sentence only at the line end or before a space and a sentence start (`.`), as written.
  public var conditionalEndMarks: Set<Unicode.Scalar> = []
  /// Whether a conditional full stop between two Japanese characters ends the sentence anyway
  /// (copies that write `表明した.総理大臣は`).
  public var fullStopBetweenJapaneseEnds = false
  /// What may begin the sentence after a conditional mark.
  public var sentenceStarts = SentenceStarts()
  /// Words whose final `.` does not end a sentence (`Mr.`, `U.S.`), case-sensitive. Dotted initialisms
  /// and single capital initials are told by their shape.
  public var abbreviations: Set<String> = []
  /// Brackets that hold a sentence together, opener to closer, width-folded (`「` → `」`).
  public var brackets: [Unicode.Scalar: Unicode.Scalar] = [:] {
    didSet { closers = Set(brackets.values) }
  }
  /// Quotes that stay with the sentence they close (`."`), width-folded.
  public var closingQuotes: Set<Unicode.Scalar> = []
  /// The shapes of headings and list items.
  public var lineShapes = LineShapes()
  /// The closers of `brackets`.
  private(set) var closers: Set<Unicode.Scalar> = []

  /// A lexicon that splits nothing but lines.
  public init() {}

  /// The marks that continue a run of sentence-final punctuation (`？！`, `...`), width-folded.
  var finalRun: Set<Unicode.Scalar> {
    Set(endMarks.union(conditionalEndMarks).map(WidthFolding.fold))
  }
}

/// What may begin a sentence after a conditional end mark: character classes and marks.
public struct SentenceStarts: Sendable {
  /// A kind of character that may begin a sentence.
  public enum CharacterKind: String, Sendable, CaseIterable {
    /// Any upper-case letter.
    case capital
    /// `A`–`Z` (width-folded).
    case latinCapital = "latin-capital"
    /// `0`–`9` (width-folded).
    case digit
  }
  /// The kinds of character that may begin a sentence.
  public var kinds: Set<CharacterKind> = []
  /// Marks that may begin a sentence (an opening quote or bracket), width-folded.
  public var marks: Set<Unicode.Scalar> = []

  /// Nothing may begin a sentence.
  public init() {}

  /// Whether a width-folded scalar may begin a sentence.
  func allows(_ s: Unicode.Scalar) -> Bool {
    if marks.contains(s) { return true }
    if kinds.contains(.capital), s.properties.isUppercase { return true }
    if kinds.contains(.latinCapital), ("A"..."Z").contains(s) { return true }
    return kinds.contains(.digit) && ("0"..."9").contains(s)
  }
}

/// The shapes of whole lines: headings and list markers.
public struct LineShapes: Sendable {
  /// The longest line (in scalars) that may be a heading.
  public var maximumHeadingLength = 0
  /// Marks (as written) that keep a line from being a heading wherever they stand.
  public var headingBreakers: Set<Unicode.Scalar> = []
  /// Marks (width-folded) that keep a line from being a heading when it ends with them.
  public var headingFinalBreakers: Set<Unicode.Scalar> = []
  /// Bullets that open a list item (`・`, `•`), width-folded.
  public var bullets: Set<Unicode.Scalar> = []
  /// Dashes that open a list item unless another dash or a digit follows (`- item`, not `-1` or `--`).
  public var dashBullets: Set<Unicode.Scalar> = []

  /// No headings and no bullets.
  public init() {}
}
