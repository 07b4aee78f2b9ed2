/// A pattern tree flattened for the engine: every node an instruction, its children referred to by index, so
/// that the engine's frames and continuations are plain numbers.
struct MatchProgram: Sendable {
  /// One node of the pattern.
  enum Instruction: Sendable {
    case literal([Unicode.Scalar])
    case charClass(CharClass)
    case entity(Set<String>)
    case sequence([Int])
    case alternation([Int])
    case repetition(Int, min: Int, max: Int?, lazy: Bool)
    case capture(String, Int)
    case lookahead(Int, negative: Bool)
    /// With the inner node's shortest and longest length (`nil`: unbounded).
    case lookbehind(Int, negative: Bool, minLength: Int, maxLength: Int?)
    case segmentStart, segmentEnd, wordBoundary
  }

  private(set) var instructions: [Instruction] = []
  /// The index of the whole pattern's instruction.
  private(set) var root = 0

  init(_ node: PatternNode) {
    root = add(node)
  }

  private mutating func add(_ node: PatternNode) -> Int {
    let instruction: Instruction
    switch node {
    case .literal(let s): instruction = .literal(s)
    case .charClass(let c): instruction = .charClass(c)
    case .entity(let classes): instruction = .entity(classes)
    case .sequence(let xs): instruction = .sequence(xs.map { add($0) })
    case .alternation(let xs): instruction = .alternation(xs.map { add($0) })
    case .repetition(let x, let lo, let hi, let lazy): instruction = .repetition(add(x), min: lo, max: hi, lazy: lazy)
    case .capture(let name, let x): instruction = .capture(name, add(x))
    case .lookahead(let x, let negative): instruction = .lookahead(add(x), negative: negative)
    case .lookbehind(let x, let negative):
      let lengths = x.lengthRange
      instruction = .lookbehind(add(x), negative: negative, minLength: lengths.min, maxLength: lengths.max)
    case .segmentStart: instruction = .segmentStart
    case .segmentEnd: instruction = .segmentEnd
    case .wordBoundary: instruction = .wordBoundary
    }
    instructions.append(instruction)
    return instructions.count - 1
  }
}
