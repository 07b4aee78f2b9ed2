/// The words of English date expressions (`rules/dates/en.yaml`). Words are compared lower-cased unless noted.
public struct EnglishDateWords: Sendable {
  /// The connectors between English dates (`to`, `through`, `and`).
  public var connectors = DateConnectors()
  /// Month names and abbreviations, tried in this order.
  public var months: [EnglishMonthName] = []
  /// Suffixes of day numbers (`9th`).
  public var ordinalSuffixes: [String] = []
  /// Words between a day and its month (`9th of April`).
  public var dayMonthJoiners: [String] = []
  /// Words that join two days of a range before one month (`9 to 11 April`).
  public var dayRangeWords: [String] = []
  /// Words that join two days of a list before one month (`9 and 11 April`).
  public var dayListWords: [String] = []
  /// A word before the first of two dates and the word between them that make a range (`between … and …`).
  public var rangePairs: [(opener: String, joiner: String)] = []
  /// Phrases naming a year counted from the document's (`last year` −1), matched lower-cased.
  public var relativeYears: [(phrase: String, offset: Int)] = []
  /// Words before a month name counting it from the document's month (`last May` −1).
  public var relativeMonthWords: [(word: String, offset: Int)] = []
  /// Words before a relative phrase that make it a span of time (`the last year`, `every next June`).
  public var spanWords: Set<String> = []
  /// Words after which a month name alone is a time (`in May`, `by May`).
  public var monthContextWords: Set<String> = []
  /// Words joined by a hyphen before a month that make it a time (`mid-May`).
  public var monthPrefixes: Set<String> = []
  /// Days named from the statement's day (`today` 0, `yesterday` −1).
  public var days: [EnglishRelativeDay] = []
  /// Words before `today`... that make it "the present" or a limit (`of today`, `a better tomorrow`).
  public var dayBlockers: Set<String> = []
  /// Words right before `today` that make it the statement's day (`earlier today`).
  public var dayNeighbours: Set<String> = []
  /// Verbs after `today` in a dated report (`X today announced`, `Today marks`), besides past forms.
  public var reportingVerbs: Set<String> = []
  /// How past verbs are told (`met`, `signed`).
  public var pastTense = EnglishPastTense()
  /// Prepositions after `today` in a dated report (`met today with`).
  public var reportPrepositions: Set<String> = []
  /// Words between a past verb and `today` (`signed here today`).
  public var placeAdverbs: Set<String> = []
  /// Prepositions before a place between a past verb and `today` (`met in Brussels today`).
  public var placePrepositions: Set<String> = []
  /// Articles before a place name (`held at the White House today`), compared as written.
  public var placeArticles: Set<String> = []
  /// Words before a number that make it an identifier, not a year (`Resolution 2375`).
  public var identifierWords: Set<String> = []
  /// Words after a number that make it a count, not a year (`2000 troops`).
  public var countNouns: Set<String> = []
  /// Marks between the numbers of a list of identifiers (`1718, 1874 & 2087`).
  public var numberListMarks: Set<Unicode.Scalar> = []
  /// Marks right before a number that make it an amount (`$2000`).
  public var amountMarksBefore: Set<Unicode.Scalar> = []
  /// Marks right after a number that make it an amount (`2000%`).
  public var amountMarksAfter: Set<Unicode.Scalar> = []
  /// Marks after a word that make it possessive (`May's`, `today's`), width-folded.
  public var possessiveMarks: Set<Unicode.Scalar> = []
  /// Punctuation that ends a sentence (a word after it opens one).
  public var sentenceEnds: Set<Unicode.Scalar> = []
  /// Punctuation that ends a clause (`We met today.`).
  public var clauseEnds: Set<Unicode.Scalar> = []

  /// No English words.
  public init() {}
}

/// An English month name or abbreviation.
public struct EnglishMonthName: Sendable {
  /// The name capitalized (`April`), as scalars.
  public let name: [Unicode.Scalar]
  /// The name in upper case (`APRIL`), as scalars.
  public let upper: [Unicode.Scalar]
  /// The month, 1–12.
  public let month: Int
  /// Whether it is an abbreviation (`Apr`, which may take a `.`; never a date alone).
  public let isAbbreviation: Bool
  /// Whether the name alone is a month only in a date context (`May`, also a verb).
  public let needsContext: Bool

  /// A month name.
  public init(name: String, month: Int, isAbbreviation: Bool, needsContext: Bool) {
    self.name = Array(name.unicodeScalars)
    self.upper = Array(name.uppercased().unicodeScalars)
    self.month = month
    self.isAbbreviation = isAbbreviation
    self.needsContext = needsContext
  }
}

/// A day named from the statement's day: `today` (0), `yesterday` (−1), `tomorrow` (1).
public struct EnglishRelativeDay: Sendable {
  /// The word, lower-case.
  public let word: String
  /// Days from the statement's day.
  public let offset: Int
  /// Whether it is a date wherever it stands (`yesterday`), not only in a dated report's frame.
  public let alwaysDate: Bool

  /// A relative day.
  public init(word: String, offset: Int, alwaysDate: Bool) {
    self.word = word
    self.offset = offset
    self.alwaysDate = alwaysDate
  }
}

/// How past verbs are told: listed irregular forms, or a regular suffix (`-ed`, not `-eed`, 4 letters or more).
public struct EnglishPastTense: Sendable {
  /// Past forms that do not take the suffix (`met`, `held`).
  public var irregular: Set<String> = []
  /// The regular suffix (`ed`); empty: none.
  public var suffix = ""
  /// Endings with the suffix that are not past forms (`eed`: `need`, `proceed`).
  public var notSuffixes: [String] = []
  /// The shortest word the suffix applies to.
  public var minimumLength = 0

  /// No past forms.
  public init() {}

  /// Whether a lower-case word is a past form.
  func isPast(_ w: String) -> Bool {
    if irregular.contains(w) { return true }
    guard !suffix.isEmpty, w.count >= minimumLength, w.hasSuffix(suffix) else { return false }
    return !notSuffixes.contains { w.hasSuffix($0) }
  }
}
