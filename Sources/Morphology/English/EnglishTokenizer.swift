/// English words with word boundaries, lower-cased forms and lemmas.
///
/// A word is a maximal run of letters, combining marks and digits; an apostrophe (`'` or `’`) between two
/// such scalars stays inside the word. Everything else (spaces, punctuation, hyphens) separates words and
/// belongs to none. Lemmas are Snowball English stems (Porter 2, libstemmer): every regular inflection of a
/// verb meets in one key (`condemned`, `condemns`, `condemning` → `condemn`; `reiterated` → `reiter`), which
/// suffix rules without a lexicon cannot do for verbs ending in a silent e (`urged` → `urge` but `condemned` →
/// `condemn`). Forms no suffix reveals (`said`, `took`) come from the irregular-form table given at
/// creation, whose base forms are stemmed in turn. Compare a rule's word with ``lemma(of:)`` of it.
///
/// Thread safety: wraps one libstemmer stemmer, so it is not `Sendable`: use one per thread.
public final class EnglishTokenizer {
  private let stemmer: SnowballStemmer
  private let irregularForms: [String: String]
  /// Lemmas of the words seen so far, by surface (texts repeat their words; stemming is the costly step).
  private var lemmaBySurface: [String: String] = [:]
  private static let lemmaCacheLimit = 100_000

  /// A tokenizer whose lemmas map the (lower-cased) keys of `irregularForms` to their values' stems first:
  /// `["said": "say"]` gives `said` the lemma of `say`.
  public init(irregularForms: [String: String] = [:]) throws(MorphologyError) {
    guard let stemmer = SnowballStemmer(algorithm: "english") else { throw .stemmerUnavailable(language: "english") }
    self.stemmer = stemmer
    var forms: [String: String] = [:]
    for (form, base) in irregularForms { forms[Self.stemmingInput(form)] = Self.stemmingInput(base) }
    self.irregularForms = forms
  }

  /// The lemma of one word, as tokens of it get: `Urged` → `urg`.
  public func lemma(of word: String) -> String {
    let input = Self.stemmingInput(word)
    return stemmer.stem(irregularForms[input] ?? input)
  }

  /// The words of `text`, in order, with Unicode-scalar ranges into `text`.
  public func tokenize(_ text: String) -> [WordToken] {
    let scalars = text.unicodeScalars
    var words: [WordToken] = []
    var index = scalars.startIndex
    var offset = 0
    while index < scalars.endIndex {
      guard Self.isWordScalar(scalars[index]) else {
        index = scalars.index(after: index)
        offset += 1
        continue
      }
      let start = (index: index, offset: offset)
      while index < scalars.endIndex, continuesWord(scalars, at: index) {
        index = scalars.index(after: index)
        offset += 1
      }
      let word = String(scalars[start.index..<index])
      words.append(
        WordToken(
          range: start.offset..<offset, surface: word, lowercased: word.lowercased(), lemma: cachedLemma(of: word)))
    }
    return words
  }

  /// Whether the scalar at `index` belongs to the word running through it: a word scalar, or an apostrophe
  /// followed by one.
  private func continuesWord(_ scalars: String.UnicodeScalarView, at index: String.Index) -> Bool {
    if Self.isWordScalar(scalars[index]) { return true }
    guard Self.isApostrophe(scalars[index]) else { return false }
    let next = scalars.index(after: index)
    return next < scalars.endIndex && Self.isWordScalar(scalars[next])
  }

  private func cachedLemma(of word: String) -> String {
    if let known = lemmaBySurface[word] { return known }
    if lemmaBySurface.count >= Self.lemmaCacheLimit { lemmaBySurface.removeAll(keepingCapacity: true) }
    let computed = lemma(of: word)
    lemmaBySurface[word] = computed
    return computed
  }

  /// The lower-cased word with `’` as `'`, the apostrophe Snowball's English algorithm knows.
  private static func stemmingInput(_ word: String) -> String {
    var input = String.UnicodeScalarView()
    for scalar in word.lowercased().unicodeScalars { input.append(scalar == "\u{2019}" ? "'" : scalar) }
    return String(input)
  }

  private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      switch scalar.value {
      case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
      default: return false
      }
    }
    let properties = scalar.properties
    return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
  }

  private static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool { scalar == "'" || scalar == "\u{2019}" }
}
