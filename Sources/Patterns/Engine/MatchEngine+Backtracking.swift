/// Going on after a node matched (continuations) and going back to an open choice (frames).
extension MatchEngine {
  /// Applies continuation `k` to the position `q` a node's match ended at.
  func resume(_ k: Int, at q: Int) -> Step {
    switch continuations[k] {
    case .accept:
      finalCaptures = captures
      finalMentions = mentions
      return .accepted(q)
    case .found:
      return .succeed
    case .endsAt(let p):
      return q == p ? .succeed : .fail
    case .sequence(let items, let next, let then):
      return sequence(items, next: next, at: q, then: then)
    case .repetition(let index, let count, let start, let then):
      return q == start ? .fail : repetition(index, count: count, at: q, then: then)
    case .capture(let name, let start, let then):
      let previous = captures[name]
      captures[name] = start..<q
      open(.capture(name, previous: previous))
      return .resume(then, at: q)
    }
  }

  /// The search after an open choice failed: take its next option, or fail in turn.
  func retry(_ kind: FrameKind) -> Step {
    switch kind {
    case .entity(let spans, let index, let classes, let then):
      mentions.removeLast()
      return nextMention(spans, from: index + 1, classes: classes, then: then)
    case .alternation(let branches, let next, let p, let then):
      guard next < branches.count else { return .fail }
      open(.alternation(branches, next: next + 1, at: p, then: then))
      return .enter(branches[next], at: p, then: then)
    case .capture(let name, let previous):
      captures[name] = previous
      return .fail
    case .greedyRepetition(let index, let count, let p, let then):
      guard case .repetition(_, let minR, _, _) = program.instructions[index], count >= minR else { return .fail }
      return .resume(then, at: p)
    case .lazyRepetition(let index, let count, let p, let then):
      guard case .repetition(let inner, _, let maxR, _) = program.instructions[index],
        maxR.map({ count < $0 }) ?? true
      else { return .fail }
      return .enter(inner, at: p, then: push(.repetition(index, count: count + 1, start: p, then: then)))
    case .lookahead(let saved, let negative, let p, let then):
      return lookaround(found: false, saved, negative: negative, at: p, then: then)
    case .lookbehind(let saved, let negative, let inner, let p, let start, let lowest, let then):
      return lookbehind(saved, negative: negative, inner: inner, at: p, start: start - 1, lowest: lowest, then: then)
    }
  }

  /// A look-around's inner pattern matched: drop the choices made inside it and go on after the look-around.
  func innerMatched() -> Step {
    while let frame = frames.popLast() {
      switch frame.kind {
      case .lookahead(let saved, let negative, let p, let then),
        .lookbehind(let saved, let negative, _, let p, _, _, let then):
        depth = frame.depth
        return lookaround(found: true, saved, negative: negative, at: p, then: then)
      default:
        continue
      }
    }
    return .fail
  }

  /// After a look-around: its captures and mentions stay only when it matched and is positive.
  func lookaround(found: Bool, _ saved: Snapshot, negative: Bool, at p: Int, then k: Int) -> Step {
    if !found || negative {
      captures = saved.captures
      mentions = saved.mentions
    }
    return found != negative ? .resume(k, at: p) : .fail
  }
}
