/// A backtracking matcher that keeps its own stacks: the work still to do after a node matched (continuations)
/// and the choices still open (frames) live in arrays, so matching a long text needs no deep call stack.
///
/// It runs the same search as a recursive matcher with continuations would: every node entered counts one step,
/// and the depth counts the nodes such a matcher would have open, so the step limit and the depth limit cut a
/// search off at exactly the same place (a cut-off is reported as exceeding the step limit).
///
/// A value type driven by mutating methods, so that its state needs no run-time exclusivity checks; frames and
/// continuations hold only numbers (indices into the program), so pushing and popping them counts no references.
/// One engine serves every start position of a scan, reusing its stacks.
struct MatchEngine {
  let program: MatchProgram
  let input: MatchInput
  /// Nodes entered in the current attempt.
  var steps = 0
  /// Nodes open in the current attempt (see the type's note).
  var depth = 0
  /// A match that would keep more nodes open than this is cut off.
  static let depthLimit = 20_000
  /// The range of each capture slot of the program (nil: not captured).
  var captures: [Range<Int>?]
  var mentions: [MentionSpan] = []
  /// The captures and mentions of the match found.
  var finalCaptures: [String: Range<Int>] = [:]
  var finalMentions: [MentionSpan] = []
  /// The continuations made in the current attempt; they refer to each other by index, and to the two below by
  /// negative numbers.
  var continuations: [Continuation] = []
  /// The open choices, the most recent last.
  var frames: [Frame] = []
  /// The captures before each open look-around, restored after it as a recursive matcher would (empty when the
  /// program has no captures).
  var savedCaptures: [[Range<Int>?]] = []

  /// What to do with the position a node's match ends at.
  enum Continuation {
    /// A look-behind's inner pattern matched if it ends here.
    case endsAt(Int)
    /// Match the items of sequence instruction `index` from `next` on.
    case sequence(Int, next: Int, then: Int)
    /// One more iteration of a repetition ended: fail if it was empty, else go on with `count` done.
    case repetition(Int, count: Int, start: Int, then: Int)
    /// Record the capture from `start` to here.
    case capture(slot: Int, start: Int, then: Int)
  }

  /// An open choice, with the depth at which it was made.
  struct Frame {
    let kind: FrameKind
    let depth: Int
  }

  /// What an open choice does when the search after it fails (or, for look-around, succeeds). Look-arounds keep
  /// the number of mentions before them (the mentions below it stay as they are inside), and the index of their
  /// entry in `savedCaptures`.
  enum FrameKind {
    /// Entity instruction `index` took mention `span` of those starting at `at`.
    case entity(Int, span: Int, at: Int, then: Int)
    /// Alternation instruction `index`, whose branch `next` is the next to try.
    case alternation(Int, next: Int, at: Int, then: Int)
    case capture(slot: Int, previous: Range<Int>?)
    case greedyRepetition(Int, count: Int, at: Int, then: Int)
    case lazyRepetition(Int, count: Int, at: Int, then: Int)
    case lookahead(negative: Bool, saved: Saved, at: Int, then: Int)
    /// Look-behind instruction `index`, its inner pattern tried from `start`, down to `lowest`.
    case lookbehind(Int, saved: Saved, at: Int, start: Int, lowest: Int, then: Int)
  }

  /// What a look-around restores: the number of mentions before it, and where the captures before it are kept.
  struct Saved {
    let mentionCount: Int
    let captures: Int
  }

  /// The engine's next move.
  enum Step {
    case enter(Int, at: Int, then: Int)
    case resume(Int, at: Int)
    case fail
    case succeed
    case accepted(Int)
  }

  static let acceptContinuation = -1
  static let foundContinuation = -2

  init(program: MatchProgram, input: MatchInput) {
    self.program = program
    self.input = input
    self.captures = Array(repeating: nil, count: program.captureNames.count)
  }

  /// The end of the pattern's first match starting at `start`, or nil.
  mutating func run(from start: Int) -> Int? {
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

  private mutating func reset() {
    steps = 0
    depth = 0
    for slot in captures.indices { captures[slot] = nil }
    mentions.removeAll(keepingCapacity: true)
    if !finalCaptures.isEmpty { finalCaptures = [:] }
    if !finalMentions.isEmpty { finalMentions = [] }
    continuations.removeAll(keepingCapacity: true)
    frames.removeAll(keepingCapacity: true)
    savedCaptures.removeAll(keepingCapacity: true)
  }

  /// Records the match found: its captures by name and its mentions.
  mutating func accept() {
    for (slot, range) in captures.enumerated() {
      if let range { finalCaptures[program.captureNames[slot]] = range }
    }
    finalMentions = mentions
  }

  @inline(__always) mutating func push(_ continuation: Continuation) -> Int {
    continuations.append(continuation)
    return continuations.count - 1
  }

  @inline(__always) mutating func open(_ kind: FrameKind) {
    frames.append(Frame(kind: kind, depth: depth))
  }
}
