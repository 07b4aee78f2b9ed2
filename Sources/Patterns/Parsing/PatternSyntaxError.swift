/// A pattern that does not parse: what was expected, and where, counted in Unicode scalars from the pattern's
/// first character.
public struct PatternSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The offset of the offending character in the pattern's Unicode scalars (0: the first).
  public let offset: Int
  /// What is wrong, e.g. `expected ')'`.
  public let message: String

  /// An error at this offset.
  public init(offset: Int, message: String) {
    self.offset = offset
    self.message = message
  }

  /// The message with its 1-based column, e.g. `4: expected ')'`.
  public var description: String { "\(offset + 1): \(message)" }
}
