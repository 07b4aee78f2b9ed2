import RuleLanguage

/// Resolves overlapping candidates with the rule set's one policy; the result never depends on rule or file order.
enum OverlapResolution {
  static func resolve(_ cands: [Candidate], policy: OverlapPolicy, textLength: Int) -> [Candidate] {
    // The policy orders length and priority; rule id, start and end break the remaining ties.
    let longestFirst = policy == .longestFirst
    func rank(_ c: Candidate) -> (Int, Int) { longestFirst ? (c.extent, c.priority) : (c.priority, c.extent) }
    let order: (Candidate, Candidate) -> Bool = { a, b in
      let (ra, rb) = (rank(a), rank(b))
      if ra != rb { return ra > rb }
      if a.ruleID != b.ruleID { return a.ruleID < b.ruleID }
      return (a.range.lowerBound, a.range.upperBound) < (b.range.lowerBound, b.range.upperBound)
    }
    // Descriptive phrases are resolved among themselves; they do not hide the names inside them.
    var out: [Candidate] = []
    for transparent in [false, true] {
      var taken = [Bool](repeating: false, count: textLength + 1)
      for c in cands.sorted(by: order) where c.transparent == transparent {
        let spans = c.occupies.isEmpty ? [c.range] : c.occupies
        if c.range.contains(where: { taken[$0] }) || spans.contains(where: { $0.contains(where: { taken[$0] }) }) {
          continue
        }
        for r in spans { for i in r { taken[i] = true } }
        out.append(c)
      }
    }
    // A common event word inside a descriptive event phrase is that event (公式訪問 in 岸田総理大臣の公式訪問).
    let phrases = out.filter { $0.transparent && $0.entityClass.has(.event) }
    out.removeAll { c in
      !c.transparent && c.entityClass.has(.event) && c.entry == nil
        && phrases.contains { $0.range.lowerBound <= c.range.lowerBound && c.range.upperBound <= $0.range.upperBound }
    }
    return out.sorted { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
  }
}

extension DocumentContext {
  /// Resolves overlaps among candidates of this text.
  func resolve(_ cands: [Candidate]) -> [Candidate] {
    OverlapResolution.resolve(cands, policy: rules.policy, textLength: text.count)
  }
}
