/// The analysis a MeCab dictionary attaches to a morpheme, read from its feature string in the IPAdic layout
/// (mecab-ipadic-utf8 and mecab-naist-jdic): part of speech in fields 0–3, conjugation type and form in 4 and
/// 5, lemma in 6, reading in 7, pronunciation in 8. Unknown words carry fields 0–6 only, with `*` for the lemma.
struct MorphemeFeatures: Sendable {
  let partOfSpeech: PartOfSpeech
  let conjugationType: ConjugationType?
  let conjugationForm: ConjugationForm?
  /// The dictionary form, nil when the dictionary gives none (`*`).
  let lemma: String?
  let reading: String?

  /// Field positions of the IPAdic feature layout.
  private enum Field {
    static let partOfSpeech = 0..<4
    static let conjugationType = 4
    static let conjugationForm = 5
    static let lemma = 6
    static let reading = 7
  }

  /// The features of a MeCab feature string (comma-separated, fields with commas quoted as in CSV).
  init(featureString: String) {
    let fields = Self.fields(of: featureString)
    func field(_ index: Int) -> String? {
      guard index < fields.count, !fields[index].isEmpty, fields[index] != "*" else { return nil }
      return fields[index]
    }
    partOfSpeech = PartOfSpeech(Array(fields.prefix(Field.partOfSpeech.upperBound)))
    conjugationType = field(Field.conjugationType).map(ConjugationType.init(rawValue:))
    conjugationForm = field(Field.conjugationForm).map(ConjugationForm.init(rawValue:))
    lemma = field(Field.lemma)
    reading = field(Field.reading)
  }

  /// The fields of one CSV line as MeCab writes feature strings: `"` opens a quoted field, `""` inside it is
  /// one quote.
  static func fields(of line: String) -> [String] {
    var fields: [String] = []
    var current = String.UnicodeScalarView()
    var quoted = false
    var scalars = line.unicodeScalars.makeIterator()
    var pending = scalars.next()
    while let scalar = pending {
      pending = scalars.next()
      switch (scalar, quoted) {
      case ("\"", false) where current.isEmpty: quoted = true
      case ("\"", true) where pending == "\"":
        current.append("\"")
        pending = scalars.next()
      case ("\"", true): quoted = false
      case (",", false):
        fields.append(String(current))
        current = String.UnicodeScalarView()
      default: current.append(scalar)
      }
    }
    fields.append(String(current))
    return fields
  }
}
