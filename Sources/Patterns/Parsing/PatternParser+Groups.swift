/// Groups, captures, look-around and quantifiers.
extension PatternParser {
  /// What a `(` opens.
  enum GroupKind {
    case plain, capture(String), lookahead(negative: Bool), lookbehind(negative: Bool)
  }

  mutating func parseGroup() throws(PatternSyntaxError) -> PatternNode {
    let start = pos
    pos += 1
    let kind = try parseGroupKind(start: start)
    let inner = try parseAlternation()
    skipSpace()
    guard pos < scalars.count, scalars[pos] == ")" else { throw error("expected ')'", at: pos) }
    pos += 1
    switch kind {
    case .plain: return inner
    case .capture(let name): return .capture(name, inner)
    case .lookahead(let negative): return .lookahead(inner, negative: negative)
    case .lookbehind(let negative): return .lookbehind(inner, negative: negative)
    }
  }

  /// Reads `?<name>`, `?=`, `?!`, `?<=` or `?<!` after a `(` (nothing: a plain group).
  mutating func parseGroupKind(start: Int) throws(PatternSyntaxError) -> GroupKind {
    guard pos + 1 < scalars.count, scalars[pos] == "?" else { return .plain }
    let next = scalars[pos + 1]
    let third: Unicode.Scalar? = pos + 2 < scalars.count ? scalars[pos + 2] : nil
    switch (next, third) {
    case ("=", _):
      pos += 2
      return .lookahead(negative: false)
    case ("!", _):
      pos += 2
      return .lookahead(negative: true)
    case ("<", "="):
      pos += 3
      return .lookbehind(negative: false)
    case ("<", "!"):
      pos += 3
      return .lookbehind(negative: true)
    case ("<", _):
      pos += 2
      var name = ""
      while pos < scalars.count, scalars[pos] != ">" {
        name.unicodeScalars.append(scalars[pos])
        pos += 1
      }
      guard pos < scalars.count, !name.isEmpty else { throw error("expected a capture name and '>'", at: start) }
      pos += 1
      return .capture(name)
    default:
      throw error("expected '?<name>', '?=', '?!', '?<=' or '?<!' after '('", at: start)
    }
  }

  mutating func parseQuantifiers(_ atom: PatternNode) throws(PatternSyntaxError) -> PatternNode {
    var node = atom
    while pos < scalars.count {
      let c = scalars[pos]
      var minR = 0
      var maxR: Int? = nil
      if c == "?" {
        maxR = 1
        pos += 1
      } else if c == "*" {
        pos += 1
      } else if c == "+" {
        minR = 1
        pos += 1
      } else if isBraceQuantifier(at: pos) {
        (minR, maxR) = try parseCountedQuantifier()
      } else {
        break
      }
      var lazy = false
      if pos < scalars.count, scalars[pos] == "?" {
        lazy = true
        pos += 1
      }
      if node.isNullable && maxR == nil {
        throw error("a repetition of something that can match the empty text never ends")
      }
      node = .repetition(node, min: minR, max: maxR, lazy: lazy)
    }
    return node
  }

  /// `{m}`, `{m,}` or `{m,n}` with numbers up to 10000.
  mutating func parseCountedQuantifier() throws(PatternSyntaxError) -> (Int, Int?) {
    let start = pos
    let text = try braced()
    let parts = text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
    guard let lo = Int(parts[0]), parts.count <= 2, lo <= 10_000 else {
      throw error("expected '{m}' or '{m,n}' with numbers up to 10000", at: start)
    }
    if parts.count == 1 { return (lo, lo) }
    if parts[1].isEmpty { return (lo, nil) }
    if let hi = Int(parts[1]), hi >= lo, hi <= 10_000 { return (lo, hi) }
    throw error("expected '{m,n}' with n ≥ m", at: start)
  }
}
