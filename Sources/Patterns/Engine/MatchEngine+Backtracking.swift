/// Going on after a node matched (continuations) and going back to an open choice (frames).
extension MatchEngine {
  /// Applies continuation `k` to the position `q` a node's match ended at.
  mutating func resume(_ k: Int, at q: Int) -> Step {
    if k < 0 {
      guard k == Self.acceptContinuation else { return .succeed }
      accept()
      return .accepted(q)
    }
    switch continuations[k] {
    case .endsAt(let p):
      return q == p ? .succeed : .fail
    case .sequence(let index, let next, let then):
      return sequence(index, next: next, at: q, then: then)
    case .repetition(let index, let count, let start, let then):
      return q == start ? .fail : repetition(index, count: count, at: q, then: then)
    case .capture(let slot, let start, let then):
      open(.capture(slot: slot, previous: captures[slot]))
      captures[slot] = start..<q
      return .resume(then, at: q)
    }
  }

  /// The search after an open choice failed: take its next option, or fail in turn.
  mutating func retry(_ kind: FrameKind) -> Step {
    switch kind {
    case .entity(let index, let span, let p, let then):
      mentions.removeLast()
      return nextMention(index, input.mentionsByStart[p] ?? [], from: span + 1, at: p, then: then)
    case .alternation(let index, let next, let p, let then):
      guard case .alternation(let start, let count) = program.instructions[index], next < count else { return .fail }
      open(.alternation(index, next: next + 1, at: p, then: then))
      return .enter(program.children[start + next], at: p, then: then)
    case .capture(let slot, let previous):
      captures[slot] = previous
      return .fail
    case .greedyRepetition(let index, let count, let p, let then):
      guard case .repetition(_, let minR, _, _) = program.instructions[index], count >= minR else { return .fail }
      return .resume(then, at: p)
    case .lazyRepetition(let index, let count, let p, let then):
      guard case .repetition(let inner, _, let maxR, _) = program.instructions[index],
        maxR.map({ count < $0 }) ?? true
      else { return .fail }
      return .enter(inner, at: p, then: push(.repetition(index, count: count + 1, start: p, then: then)))
    case .lookahead(let negative, let saved, let p, let then):
      return lookaround(found: false, saved, negative: negative, at: p, then: then)
    case .lookbehind(let index, let saved, let p, let start, let lowest, let then):
      return lookbehind(index, saved: saved, at: p, start: start - 1, lowest: lowest, then: then)
    }
  }

  /// A look-around's inner pattern matched: drop the choices made inside it and go on after the look-around.
  mutating func innerMatched() -> Step {
    while let frame = frames.popLast() {
      switch frame.kind {
      case .lookahead(let negative, let saved, let p, let then):
        depth = frame.depth
        return lookaround(found: true, saved, negative: negative, at: p, then: then)
      case .lookbehind(let index, let saved, let p, _, _, let then):
        guard case .lookbehind(_, let negative, _, _) = program.instructions[index] else { return .fail }
        depth = frame.depth
        return lookaround(found: true, saved, negative: negative, at: p, then: then)
      default:
        continue
      }
    }
    return .fail
  }

  /// What a look-around restores when it is done: the mentions and captures there were before it.
  @inline(__always) mutating func save() -> Saved {
    if !captures.isEmpty { savedCaptures.append(captures) }
    return Saved(mentionCount: mentions.count, captures: savedCaptures.count - 1)
  }

  /// After a look-around: its captures and mentions stay only when it matched and is positive.
  mutating func lookaround(found: Bool, _ saved: Saved, negative: Bool, at p: Int, then k: Int) -> Step {
    if !found || negative {
      if !captures.isEmpty { captures = savedCaptures[saved.captures] }
      mentions.removeSubrange(saved.mentionCount...)
    }
    if !captures.isEmpty { savedCaptures.removeSubrange(saved.captures...) }
    return found != negative ? .resume(k, at: p) : .fail
  }
}
