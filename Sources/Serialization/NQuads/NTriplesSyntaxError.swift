/// A syntax error in N-Triples or N-Quads input, rendered as `file:line:column: expected ...`
/// (line and column 1-based, the column counted in Unicode code points).
public struct NTriplesSyntaxError: Error, CustomStringConvertible, Equatable, Sendable {
  /// The name of the input, as given to the parser.
  public let file: String
  /// The line of the error, from 1.
  public let line: Int
  /// The column of the error, from 1, in Unicode code points.
  public let column: Int
  /// What was expected there (`expected '.' at the end of the statement`).
  public let message: String
  /// `file:line:column: message`.
  public var description: String { "\(file):\(line):\(column): \(message)" }
}
