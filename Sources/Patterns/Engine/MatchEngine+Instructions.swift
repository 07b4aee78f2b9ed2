/// Entering a node: what each instruction does at a position.
extension MatchEngine {
  mutating func enter(_ index: Int, at p: Int, then k: Int) -> Step {
    steps += 1
    if steps > CompiledPattern.stepLimit { return .fail }
    depth += 1
    if depth > Self.depthLimit {
      steps = CompiledPattern.stepLimit + 1
      return .fail
    }
    let hi = input.bounds.upperBound
    switch program.instructions[index] {
    case .literal(let start, let count):
      return matchesLiteral(start: start, count: count, at: p) ? .resume(k, at: p + count) : .fail
    case .charClass(let cls):
      guard p < hi, program.charClasses[cls].contains(input.chars[p]) else { return .fail }
      return .resume(k, at: p + 1)
    case .entity:
      guard let spans = input.mentionsByStart[p] else { return .fail }
      return nextMention(index, spans, from: 0, at: p, then: k)
    case .sequence:
      return sequence(index, next: 0, at: p, then: k)
    case .alternation(let start, let count):
      guard count > 0 else { return .fail }
      open(.alternation(index, next: 1, at: p, then: k))
      return .enter(program.children[start], at: p, then: k)
    case .repetition:
      return repetition(index, count: 0, at: p, then: k)
    case .capture(let slot, let inner):
      return .enter(inner, at: p, then: push(.capture(slot: slot, start: p, then: k)))
    case .lookahead(let inner, let negative):
      open(.lookahead(negative: negative, saved: save(), at: p, then: k))
      return .enter(inner, at: p, then: Self.foundContinuation)
    case .lookbehind(_, _, let minLength, let maxLength):
      // Only the start positions the inner pattern's length allows (one for `(?<! [kanji])`), at most 40 back.
      let lowest = max(input.bounds.lowerBound, p - min(maxLength ?? 40, 40))
      return lookbehind(index, saved: save(), at: p, start: p - minLength, lowest: lowest, then: k)
    case .segmentStart:
      return p == input.bounds.lowerBound ? .resume(k, at: p) : .fail
    case .segmentEnd:
      return p == hi ? .resume(k, at: p) : .fail
    case .wordBoundary:
      return isWordCharacter(at: p - 1) != isWordCharacter(at: p) ? .resume(k, at: p) : .fail
    }
  }

  /// Whether the literal `program.literals[start..<start + count]` occurs at `p`, inside the bounds.
  @inline(__always) func matchesLiteral(start: Int, count: Int, at p: Int) -> Bool {
    guard p + count <= input.bounds.upperBound else { return false }
    var i = 0
    while i < count {
      if input.chars[p + i] != program.literals[start + i] { return false }
      i += 1
    }
    return true
  }

  @inline(__always) func isWordCharacter(at p: Int) -> Bool {
    input.bounds.contains(p) && CharCategory.alnum.contains(input.chars[p])
  }

  /// Consumes the first mention from `span` on that fits the bounds and the classes of entity instruction `index`,
  /// keeping the rest open.
  mutating func nextMention(_ index: Int, _ spans: [MentionSpan], from span: Int, at p: Int, then k: Int) -> Step {
    guard case .entity(let classes) = program.instructions[index] else { return .fail }
    var i = span
    while i < spans.count {
      let span = spans[i]
      if span.range.upperBound <= input.bounds.upperBound,
        PatternNode.accepts(program.entityClasses[classes], mentionOf: span.entityClass)
      {
        mentions.append(span)
        open(.entity(index, span: i, at: p, then: k))
        return .resume(k, at: span.range.upperBound)
      }
      i += 1
    }
    return .fail
  }

  /// Sequence instruction `index` with its items from `next` on still to match.
  mutating func sequence(_ index: Int, next: Int, at p: Int, then k: Int) -> Step {
    guard case .sequence(let start, let count) = program.instructions[index] else { return .fail }
    if next == count { return .resume(k, at: p) }
    let rest = next + 1 == count ? k : push(.sequence(index, next: next + 1, then: k))
    return .enter(program.children[start + next], at: p, then: rest)
  }

  /// A repetition with `count` iterations done: another one first (greedy) or the rest first (lazy).
  mutating func repetition(_ index: Int, count: Int, at p: Int, then k: Int) -> Step {
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

  /// Tries look-behind `index`'s inner pattern from `start`, then from each earlier start down to `lowest`.
  mutating func lookbehind(_ index: Int, saved: Saved, at p: Int, start: Int, lowest: Int, then k: Int) -> Step {
    guard case .lookbehind(let inner, let negative, _, _) = program.instructions[index] else { return .fail }
    guard start >= lowest else { return lookaround(found: false, saved, negative: negative, at: p, then: k) }
    open(.lookbehind(index, saved: saved, at: p, start: start, lowest: lowest, then: k))
    return .enter(inner, at: start, then: push(.endsAt(p)))
  }
}
