/// A syntax error in N-Triples or N-Quads input, rendered as `file:line:column: expected ...`
/// (line and column 1-based, the column counted in Unicode code points).
public struct NTriplesSyntaxError: Error, CustomStringConvertible, Equatable, Sendable {
  public let file: String
  public let line: Int
  public let column: Int
  public let message: String
  public var description: String { "\(file):\(line):\(column): \(message)" }
}
