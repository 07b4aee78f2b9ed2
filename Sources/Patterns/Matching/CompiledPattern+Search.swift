/// Finding a pattern's matches in a segment: anchors first, then every start position the pattern can begin at.
extension CompiledPattern {
  /// Whether any anchor occurs in the input's bounds (always true when the pattern has no anchors).
  public func anchorsOccur(in input: MatchInput) -> Bool {
    guard let anchors else { return true }
    for a in anchors where occurs(a, in: input) { return true }
    return false
  }

  private func occurs(_ lit: [Unicode.Scalar], in input: MatchInput) -> Bool {
    guard let first = lit.first, input.bounds.count >= lit.count else { return false }
    var i = input.bounds.lowerBound
    let last = input.bounds.upperBound - lit.count
    while i <= last {
      if input.chars[i] == first {
        var j = 1
        while j < lit.count, input.chars[i + j] == lit[j] { j += 1 }
        if j == lit.count { return true }
      }
      i += 1
    }
    return false
  }

  /// All non-overlapping matches in the input's bounds, scanning left to right (leftmost first).
  public func allMatches(in input: MatchInput) -> [PatternMatch] {
    guard anchorsOccur(in: input) else { return [] }
    var engine = MatchEngine(program: program, input: input)
    var out: [PatternMatch] = []
    var p = input.bounds.lowerBound
    while p < input.bounds.upperBound {
      if canStart(at: p, in: input), let m = match(at: p, engine: &engine), !m.range.isEmpty {
        out.append(m)
        p = m.range.upperBound
      } else {
        p += 1
      }
    }
    return out
  }

  /// Every match starting at every position (overlapping), for rules whose results an overlap policy resolves.
  public func matchesAtEveryStart(in input: MatchInput) -> [PatternMatch] {
    guard anchorsOccur(in: input) else { return [] }
    var engine = MatchEngine(program: program, input: input)
    var out: [PatternMatch] = []
    for p in input.bounds where canStart(at: p, in: input) {
      if let m = match(at: p, engine: &engine), !m.range.isEmpty { out.append(m) }
    }
    return out
  }
}
