import Patterns

/// The named sub-patterns (`define:`) of a rule set by scope (a language, or `any` for every language): their
/// sources, their compiled forms by case mode, and which are used.
struct PatternDefinitions {
  var sources: [String: [String: (String, SourceLocation)]] = [:]
  var compiled: [String: [String: PatternNode]] = [:]
  /// Definitions being compiled (a definition that refers to itself is an error).
  var compiling: Set<String> = []
  var used: Set<String> = []
  /// Definitions already compiled in one case mode (their errors are reported once).
  var attempted: Set<String> = []

  /// Whether `name` clashes with a definition visible in `scope`.
  func isDefined(_ name: String, scope: String) -> Bool {
    scope == "any"
      ? sources.values.contains { $0[name] != nil }
      : (sources[scope]?[name] != nil || sources["any"]?[name] != nil)
  }

  /// Warnings for definitions no pattern uses.
  var unusedWarnings: [Diagnostic] {
    sources.flatMap { lang, src in
      src.filter { !used.contains($0.key) }.map { name, value in
        Diagnostic(value.1, "pattern '\(name)' (\(lang)) is never used", severity: .warning)
      }
    }
  }
}

/// Holds resolved sub-patterns for the parser's resolver closure.
final class DefineBox {
  var requested: [String] = []
  var resolved: [String: PatternNode] = [:]
}
