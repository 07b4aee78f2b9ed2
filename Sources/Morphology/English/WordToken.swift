/// One English word: a maximal run of letters, marks and digits, with apostrophes inside it (`Japan's`).
public struct WordToken: LexicalToken, Hashable {
  /// Unicode-scalar offsets of the word in the text given to the tokenizer.
  public let range: Range<Int>
  /// The word as it stands in the text.
  public let surface: String
  /// The word lower-cased (`NATO` → `nato`).
  public let lowercased: String
  /// The Snowball English stem of the lower-cased word (after the irregular-form table, if any): the key
  /// under which a word's inflections meet, not always a dictionary word (`urged`, `urges` → `urg`).
  public let lemma: String

  /// A word with the given forms.
  public init(range: Range<Int>, surface: String, lowercased: String, lemma: String) {
    self.range = range
    self.surface = surface
    self.lowercased = lowercased
    self.lemma = lemma
  }
}
