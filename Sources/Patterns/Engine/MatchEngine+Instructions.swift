/// Entering a node: what each instruction does at a position.
extension MatchEngine {
  func enter(_ index: Int, at p: Int, then k: Int) -> Step {
    steps += 1
    if steps > CompiledPattern.stepLimit { return .fail }
    depth += 1
    if depth > Self.depthLimit {
      steps = CompiledPattern.stepLimit + 1
      return .fail
    }
    let chars = input.chars
    let hi = input.bounds.upperBound
    switch program.instructions[index] {
    case .literal(let lit):
      guard p + lit.count <= hi else { return .fail }
      for (i, c) in lit.enumerated() where chars[p + i] != c { return .fail }
      return .resume(k, at: p + lit.count)
    case .charClass(let cls):
      guard p < hi, cls.contains(chars[p]) else { return .fail }
      return .resume(k, at: p + 1)
    case .entity(let classes):
      guard let spans = input.mentionsByStart[p] else { return .fail }
      return nextMention(spans, from: 0, classes: classes, then: k)
    case .sequence(let items):
      return sequence(items, next: 0, at: p, then: k)
    case .alternation(let branches):
      guard let first = branches.first else { return .fail }
      open(.alternation(branches, next: 1, at: p, then: k))
      return .enter(first, at: p, then: k)
    case .repetition:
      return repetition(index, count: 0, at: p, then: k)
    case .capture(let name, let inner):
      return .enter(inner, at: p, then: push(.capture(name, start: p, then: k)))
    case .lookahead(let inner, let negative):
      open(.lookahead(snapshot, negative: negative, at: p, then: k))
      return .enter(inner, at: p, then: Self.foundContinuation)
    case .lookbehind(let inner, let negative, let minLength, let maxLength):
      // Only the start positions the inner pattern's length allows (one for `(?<! [kanji])`), at most 40 back.
      let lowest = max(input.bounds.lowerBound, p - min(maxLength ?? 40, 40))
      return lookbehind(
        snapshot, negative: negative, inner: inner, at: p, start: p - minLength, lowest: lowest, then: k)
    case .segmentStart:
      return p == input.bounds.lowerBound ? .resume(k, at: p) : .fail
    case .segmentEnd:
      return p == hi ? .resume(k, at: p) : .fail
    case .wordBoundary:
      return isWordCharacter(at: p - 1) != isWordCharacter(at: p) ? .resume(k, at: p) : .fail
    }
  }

  var snapshot: Snapshot { Snapshot(captures: captures, mentions: mentions) }

  func isWordCharacter(at p: Int) -> Bool {
    input.bounds.contains(p) && CharCategory.alnum.contains(input.chars[p])
  }

  /// Consumes the first mention from `index` on that fits the bounds and the classes, keeping the rest open.
  func nextMention(_ spans: [MentionSpan], from index: Int, classes: Set<String>, then k: Int) -> Step {
    var i = index
    while i < spans.count {
      let span = spans[i]
      if span.range.upperBound <= input.bounds.upperBound,
        PatternNode.accepts(classes, mentionOf: span.entityClass)
      {
        mentions.append(span)
        open(.entity(spans, index: i, classes: classes, then: k))
        return .resume(k, at: span.range.upperBound)
      }
      i += 1
    }
    return .fail
  }

  func sequence(_ items: [Int], next: Int, at p: Int, then k: Int) -> Step {
    if next == items.count { return .resume(k, at: p) }
    let rest = next + 1 == items.count ? k : push(.sequence(items, next: next + 1, then: k))
    return .enter(items[next], at: p, then: rest)
  }

  /// A repetition with `count` iterations done: another one first (greedy) or the rest first (lazy).
  func repetition(_ index: Int, count: Int, at p: Int, then k: Int) -> Step {
    guard case .repetition(let inner, let minR, let maxR, let lazy) = program.instructions[index] else {
      return .fail
    }
    let canMore = maxR.map { count < $0 } ?? true
    if lazy {
      if count >= minR {
        open(.lazyRepetition(index, count: count, at: p, then: k))
        return .resume(k, at: p)
      }
      guard canMore else { return .fail }
      return .enter(inner, at: p, then: push(.repetition(index, count: count + 1, start: p, then: k)))
    }
    if canMore {
      open(.greedyRepetition(index, count: count, at: p, then: k))
      return .enter(inner, at: p, then: push(.repetition(index, count: count + 1, start: p, then: k)))
    }
    return count >= minR ? .resume(k, at: p) : .fail
  }

  /// Tries the look-behind's inner pattern from `start`, then from each earlier start down to `lowest`.
  func lookbehind(
    _ saved: Snapshot, negative: Bool, inner: Int, at p: Int, start: Int, lowest: Int, then k: Int
  ) -> Step {
    guard start >= lowest else { return lookaround(found: false, saved, negative: negative, at: p, then: k) }
    open(.lookbehind(saved, negative: negative, inner: inner, at: p, start: start, lowest: lowest, then: k))
    return .enter(inner, at: start, then: push(.endsAt(p)))
  }
}
