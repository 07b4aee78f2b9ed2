/// A conjugation type (活用型) in the dictionary's words: `サ変・スル`, `五段・ラ行`, `特殊・タ`.
public struct ConjugationType: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral,
  CustomStringConvertible
{
  /// The dictionary's name of the type.
  public let rawValue: String

  /// The type of the given dictionary name.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// The type of the given dictionary name, written as a literal.
  public init(stringLiteral value: String) { self.rawValue = value }

  /// The dictionary's name.
  public var description: String { rawValue }
}

/// A conjugation form (活用形) in the dictionary's words: `連用形` (the form that continues a chain, し in
/// 非難した), `基本形`, `未然形`, `連用タ接続` ...
public struct ConjugationForm: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral,
  CustomStringConvertible
{
  /// The dictionary's name of the form.
  public let rawValue: String

  /// The form of the given dictionary name.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// The form of the given dictionary name, written as a literal.
  public init(stringLiteral value: String) { self.rawValue = value }

  /// The dictionary's name.
  public var description: String { rawValue }
}
