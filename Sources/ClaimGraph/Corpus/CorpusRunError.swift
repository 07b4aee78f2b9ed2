/// An error that stops a corpus run before anything is written, with every message to show the user (each
/// names its file, and line and column where there are some).
public struct CorpusRunError: Error, CustomStringConvertible, Sendable {
  /// The messages, one per problem, in the order they were found.
  public let messages: [String]

  /// An error of the given messages.
  public init(_ messages: [String]) { self.messages = messages }

  /// An error of one message.
  public init(_ message: String) { self.messages = [message] }

  /// The messages, one a line.
  public var description: String { messages.joined(separator: "\n") }
}
