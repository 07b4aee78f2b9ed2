/// A graph, option or file that a writer cannot handle. The message names the offending triple or value.
public struct SerializationError: Error, CustomStringConvertible, Equatable, Sendable {
  /// What the writer could not handle, naming the triple, value or file.
  public let message: String
  /// An error with `message` (thrown by the writers, and by ClaimGraph when it cannot read a graph file).
  package init(_ message: String) { self.message = message }
  /// The message.
  public var description: String { message }
}
