/// One morpheme of Japanese text as MeCab analyses it: `非難した` is `非難` (名詞,サ変接続), `し` (動詞,自立,
/// サ変・スル, 連用形, lemma する) and `た` (助動詞, 特殊・タ, 基本形).
public struct Token: LexicalToken, Hashable {
  /// Unicode-scalar offsets of the morpheme in the text given to the tokenizer.
  public let range: Range<Int>
  /// The morpheme as it stands in the text.
  public let surface: String
  /// The dictionary form (`し` → `する`); the surface itself for a word the dictionary does not hold.
  public let lemma: String
  /// The part of speech with its sub-levels.
  public let partOfSpeech: PartOfSpeech
  /// The conjugation type, for words that conjugate.
  public let conjugationType: ConjugationType?
  /// The conjugation form, for words that conjugate.
  public let conjugationForm: ConjugationForm?
  /// The reading in katakana, when the dictionary gives one.
  public let reading: String?
  /// Whether the dictionary holds the word (false for MeCab's guesses at unknown words, such as `NATO`).
  public let isInDictionary: Bool

  /// A morpheme with the given analysis.
  public init(
    range: Range<Int>, surface: String, lemma: String, partOfSpeech: PartOfSpeech,
    conjugationType: ConjugationType? = nil, conjugationForm: ConjugationForm? = nil, reading: String? = nil,
    isInDictionary: Bool = true
  ) {
    self.range = range
    self.surface = surface
    self.lemma = lemma
    self.partOfSpeech = partOfSpeech
    self.conjugationType = conjugationType
    self.conjugationForm = conjugationForm
    self.reading = reading
    self.isInDictionary = isInDictionary
  }
}
