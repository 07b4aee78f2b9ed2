/// A backtracking matcher that keeps its own stacks: the work still to do after a node matched (continuations)
/// and the choices still open (frames) live in arrays, so matching a long text needs no deep call stack.
///
/// It runs the same search as a recursive matcher with continuations would: every node entered counts one step,
/// and the depth counts the nodes such a matcher would have open, so the step limit and the depth limit cut a
/// search off at exactly the same place (a cut-off is reported as exceeding the step limit).
final class MatchEngine {
  let program: MatchProgram
  let input: MatchInput
  /// Nodes entered in the current attempt.
  var steps = 0
  /// Nodes open in the current attempt (see the type's note).
  var depth = 0
  /// A match that would keep more nodes open than this is cut off.
  static let depthLimit = 20_000
  var captures: [String: Range<Int>] = [:]
  var mentions: [MentionSpan] = []
  /// The captures and mentions of the match found.
  var finalCaptures: [String: Range<Int>] = [:]
  var finalMentions: [MentionSpan] = []
  /// Every continuation made in the current attempt; they refer to each other by index.
  var continuations: [Continuation] = []
  /// The open choices, the most recent last.
  var frames: [Frame] = []

  /// What to do with the position a node's match ends at.
  enum Continuation {
    /// The whole pattern matched.
    case accept
    /// A look-ahead's inner pattern matched.
    case found
    /// A look-behind's inner pattern matched if it ends here.
    case endsAt(Int)
    /// Match the items of a sequence from `next` on.
    case sequence([Int], next: Int, then: Int)
    /// One more iteration of a repetition ended: fail if it was empty, else go on with `count` done.
    case repetition(Int, count: Int, start: Int, then: Int)
    /// Record the capture from `start` to here.
    case capture(String, start: Int, then: Int)
  }

  /// An open choice, with the depth at which it was made.
  struct Frame {
    let kind: FrameKind
    let depth: Int
  }

  /// The captures and mentions before a look-around, restored after it as a recursive matcher would.
  struct Snapshot {
    let captures: [String: Range<Int>]
    let mentions: [MentionSpan]
  }

  /// What an open choice does when the search after it fails (or, for look-around, succeeds).
  enum FrameKind {
    case entity([MentionSpan], index: Int, classes: Set<String>, then: Int)
    case alternation([Int], next: Int, at: Int, then: Int)
    case capture(String, previous: Range<Int>?)
    case greedyRepetition(Int, count: Int, at: Int, then: Int)
    case lazyRepetition(Int, count: Int, at: Int, then: Int)
    case lookahead(Snapshot, negative: Bool, at: Int, then: Int)
    case lookbehind(Snapshot, negative: Bool, inner: Int, at: Int, start: Int, lowest: Int, then: Int)
  }

  /// The engine's next move.
  enum Step {
    case enter(Int, at: Int, then: Int)
    case resume(Int, at: Int)
    case fail
    case succeed
    case accepted(Int)
  }

  static let acceptContinuation = 0
  static let foundContinuation = 1

  init(program: MatchProgram, input: MatchInput) {
    self.program = program
    self.input = input
  }

  /// The end of the pattern's first match starting at `start`, or nil.
  func run(from start: Int) -> Int? {
    reset()
    var step = Step.enter(program.root, at: start, then: Self.acceptContinuation)
    while true {
      switch step {
      case .enter(let instruction, let p, let k): step = enter(instruction, at: p, then: k)
      case .resume(let k, let q): step = resume(k, at: q)
      case .fail:
        guard let frame = frames.popLast() else { return nil }
        depth = frame.depth
        step = retry(frame.kind)
      case .succeed: step = innerMatched()
      case .accepted(let end): return end
      }
    }
  }

  private func reset() {
    steps = 0
    depth = 0
    captures.removeAll()
    mentions.removeAll()
    finalCaptures = [:]
    finalMentions = []
    continuations.removeAll(keepingCapacity: true)
    continuations.append(.accept)
    continuations.append(.found)
    frames.removeAll(keepingCapacity: true)
  }

  func push(_ continuation: Continuation) -> Int {
    continuations.append(continuation)
    return continuations.count - 1
  }

  func open(_ kind: FrameKind) {
    frames.append(Frame(kind: kind, depth: depth))
  }
}
