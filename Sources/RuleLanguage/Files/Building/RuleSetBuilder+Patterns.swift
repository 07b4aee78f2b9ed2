import ClaimGraphText
import Patterns

extension RuleSetBuilder {
  /// A named sub-pattern, compiled in the case mode of the pattern that uses it (English claim patterns ignore
  /// case, so a define they use must too).
  mutating func define(_ name: String, language: Language?, caseInsensitive: Bool = false) -> PatternNode? {
    for key in [language?.rawValue ?? "any", "any"] {
      let cacheKey = caseInsensitive ? key + ":ci" : key
      if let n = definitions.compiled[cacheKey]?[name] {
        definitions.used.insert(name)
        return n
      }
      guard let (src, loc) = definitions.sources[key]?[name] else { continue }
      let token = key + ":" + name
      if definitions.compiling.contains(token) {
        errors.append(Diagnostic(loc, "pattern '\(name)' refers to itself"))
        return .literal([])
      }
      definitions.compiling.insert(token)
      defer { definitions.compiling.remove(token) }
      let errorCount = errors.count
      let node = parseNode(
        src, at: loc, language: key == "any" ? nil : language, caseInsensitive: caseInsensitive)
      // Report a define's own syntax errors once, not once per case mode.
      if !definitions.attempted.insert(token).inserted, errors.count > errorCount {
        errors.removeLast(errors.count - errorCount)
      }
      guard let node else { return .literal([]) }
      definitions.compiled[cacheKey, default: [:]][name] = node
      definitions.used.insert(name)
      return node
    }
    return nil
  }

  mutating func parseNode(
    _ source: String, at loc: SourceLocation, language: Language?, caseInsensitive: Bool
  ) -> PatternNode? {
    // Definitions are resolved through a box because the parser's closure cannot capture `inout self`.
    let box = DefineBox()
    // `finish` reads no rule before the vocabulary has loaded, so the classes are the vocabulary's.
    let syntax = PatternSyntax.ruleFile(
      language: language, caseInsensitive: caseInsensitive,
      vocabulary: vocabulary ?? Vocabulary(classes: [], predicates: []))
    var parser = PatternParser(source, syntax: syntax) { name in
      box.requested.append(name)
      // A stand-in that cannot match the empty text, so that `@name+` parses in this first pass.
      return box.resolved[name] ?? .charClass(CharClass(categories: [.any]))
    }
    // First pass: learn which names are referenced, resolve them, then parse for real.
    _ = try? parser.parse()
    for name in Set(box.requested) {
      if let node = define(name, language: language, caseInsensitive: caseInsensitive) { box.resolved[name] = node }
    }
    var real = PatternParser(source, syntax: syntax) { name in box.resolved[name] }
    do {
      return try real.parse()
    } catch {
      errors.append(error.diagnostic(at: loc))
      return nil
    }
  }

  mutating func compile(
    _ source: String, at loc: SourceLocation, language: Language?, what: String, caseInsensitive: Bool = false
  ) -> CompiledPattern? {
    guard let node = parseNode(source, at: loc, language: language, caseInsensitive: caseInsensitive) else {
      return nil
    }
    let p = CompiledPattern(node: node, source: source)
    if p.isNullable { errors.append(Diagnostic(loc, "\(what): pattern can match the empty text")) }
    if node.hasNestedUnboundedRepetition {
      warnings.append(
        Diagnostic(loc, "\(what): nested unbounded repetition; matching time can explode", severity: .warning))
    }
    return p
  }

  /// Compiles the pattern text of `value` (a YAML text value).
  mutating func compile(
    _ value: YAMLValue, language: Language?, what: String, caseInsensitive: Bool = false
  ) throws -> CompiledPattern? {
    compile(
      try value.requireString("a pattern"), at: value.location, language: language, what: what,
      caseInsensitive: caseInsensitive)
  }
}
