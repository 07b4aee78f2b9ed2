/// A graph, option or file that a writer cannot handle. The message names the offending triple or value.
public struct SerializationError: Error, CustomStringConvertible, Equatable, Sendable {
  public let message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}
