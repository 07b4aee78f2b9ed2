import ClaimGraphText

/// What every rule of a rule file starts with: its mapping, its id, the name its diagnostics give it and the
/// file's language, which a rule needs.
struct RuleHeading {
  /// The rule's mapping.
  let mapping: YAMLMapping
  /// The rule's `id`.
  let id: String
  /// The rule as diagnostics name it: `rule 'condemn'`.
  let what: String
  /// The language of the rule's file.
  let language: Language

  /// Reads the mapping of a rule of `kind` (`claim rule`), its id, and checks its keys against `allowed` and
  /// that the file gives a language.
  init(_ v: YAMLValue, kind: String, allowed: [String], language: Language?) throws {
    mapping = try v.mapping("a \(kind)")
    id = try mapping.require("id", in: kind).requireString("an id")
    what = "rule '\(id)'"
    if let bad = mapping.unexpectedKeys(in: what, allowed: allowed).first { throw bad }
    guard let language else {
      throw Diagnostic(mapping.location, "\(what): the file needs 'language: ja' or 'language: en'")
    }
    self.language = language
  }
}
