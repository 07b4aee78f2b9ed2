import Foundation

/// A document that cannot be read, with the place of the problem in the file.
///
/// Renders as `file:line:column: error: message` (or `file: error: message` when no position applies);
/// lines and columns are 1-based, columns count Unicode scalars of the line as stored in the file.
public struct DocumentError: Error, CustomStringConvertible, Hashable, Sendable {
  /// The file as the user named it (a path or a file name).
  public let file: String
  public let line: Int?
  public let column: Int?
  /// Lower-case, without a trailing period.
  public let message: String

  public init(file: String, line: Int?, column: Int?, message: String) {
    self.file = file; self.line = line; self.column = column; self.message = message
  }

  public var description: String {
    guard let line else { return "\(file): error: \(message)" }
    return "\(file):\(line):\(column ?? 1): error: \(message)"
  }
}

extension DocumentError: LocalizedError {
  public var errorDescription: String? { description }
}
