import Foundation

/// A document that cannot be read, with the place of the problem in the file.
///
/// Renders as `file:line:column: error: message` (or `file: error: message` when no position applies);
/// lines and columns are 1-based, columns count Unicode scalars of the line as stored in the file.
public struct DocumentError: Error, CustomStringConvertible, Hashable, Sendable {
  /// The file as the user named it (a path or a file name).
  public let file: String
  /// The 1-based line of the problem, when one applies.
  public let line: Int?
  /// The 1-based column (in scalars of the line), when one applies.
  public let column: Int?
  /// Lower-case, without a trailing period.
  public let message: String

  /// An error in `file` at `line` and `column`.
  public init(file: String, line: Int?, column: Int?, message: String) {
    self.file = file; self.line = line; self.column = column; self.message = message
  }

  /// `file:line:column: error: message`.
  public var description: String {
    guard let line else { return "\(file): error: \(message)" }
    return "\(file):\(line):\(column ?? 1): error: \(message)"
  }
}

extension DocumentError: LocalizedError {
  /// The same as `description`.
  public var errorDescription: String? { description }
}
