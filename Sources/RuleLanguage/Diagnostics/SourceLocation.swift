/// A position in a rule file (or a document): 1-based line and column.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The file, relative to the rules folder.
  public let file: String
  /// The line, from 1.
  public let line: Int
  /// The column, from 1.
  public let column: Int
  /// A location from its file, line and column.
  public init(file: String, line: Int, column: Int) { self.file = file; self.line = line; self.column = column }
  /// `file:line:column`.
  public var description: String { "\(file):\(line):\(column)" }
  /// Orders by file, line, then column.
  public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
    (a.file, a.line, a.column) < (b.file, b.line, b.column)
  }
}

/// A problem found in a rule file: where it is, how bad it is, and what was expected.
///
/// Rendered as `rules/claims/ja/condemn.yaml:12:5: error: rule 'condemn': expected ')'`.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
  /// How bad a finding is: errors stop extraction, warnings are reported by `check-rules`.
  public enum Severity: String, Sendable, Comparable {
    case warning, error
    /// Warnings order before errors.
    public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
  }
  /// Where the problem is.
  public let location: SourceLocation
  /// How bad it is.
  public let severity: Severity
  /// What is wrong, and what was expected.
  public let message: String

  /// A diagnostic at `location` (an error unless `severity` says otherwise).
  public init(_ location: SourceLocation, _ message: String, severity: Severity = .error) {
    self.location = location; self.message = message; self.severity = severity
  }
  /// `file:line:column: severity: message`.
  public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

/// One or more diagnostics thrown together (a rule set with several errors reports them all).
public struct RuleErrors: Error, CustomStringConvertible, Sendable {
  /// The diagnostics, in location order.
  public let diagnostics: [Diagnostic]
  /// Diagnostics thrown together, sorted by location.
  public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics.sorted { $0.location < $1.location } }
  /// One diagnostic a line.
  public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
