/// A name in the dictionary's own words, such as a conjugation type or form: kept as written, written as a
/// string literal, printed as itself.
public protocol DictionaryName: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral,
  CustomStringConvertible
where RawValue == String {
  /// The name of the given dictionary word.
  init(rawValue: String)
}

extension DictionaryName {
  /// The name of the given dictionary word, written as a literal.
  public init(stringLiteral value: String) { self.init(rawValue: value) }

  /// The dictionary's word.
  public var description: String { rawValue }
}

/// A conjugation type (活用型) in the dictionary's words: `サ変・スル`, `五段・ラ行`, `特殊・タ`.
public struct ConjugationType: DictionaryName {
  /// The dictionary's name of the type.
  public let rawValue: String

  /// The type of the given dictionary name.
  public init(rawValue: String) { self.rawValue = rawValue }
}

/// A conjugation form (活用形) in the dictionary's words: `連用形` (the form that continues a chain, し in
/// 非難した), `基本形`, `未然形`, `連用タ接続` ...
public struct ConjugationForm: DictionaryName {
  /// The dictionary's name of the form.
  public let rawValue: String

  /// The form of the given dictionary name.
  public init(rawValue: String) { self.rawValue = rawValue }
}
