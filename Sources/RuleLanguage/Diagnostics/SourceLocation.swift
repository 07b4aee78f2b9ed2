/// A position in a rule file (or a document): 1-based line and column.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
  public let file: String
  public let line: Int
  public let column: Int
  public init(file: String, line: Int, column: Int) { self.file = file; self.line = line; self.column = column }
  public var description: String { "\(file):\(line):\(column)" }
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
    public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
  }
  public let location: SourceLocation
  public let severity: Severity
  public let message: String

  public init(_ location: SourceLocation, _ message: String, severity: Severity = .error) {
    self.location = location; self.message = message; self.severity = severity
  }
  public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

/// One or more diagnostics thrown together (a rule set with several errors reports them all).
public struct RuleErrors: Error, CustomStringConvertible, Sendable {
  public let diagnostics: [Diagnostic]
  public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics.sorted { $0.location < $1.location } }
  public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
