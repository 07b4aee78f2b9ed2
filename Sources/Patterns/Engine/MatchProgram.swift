/// A pattern tree flattened for the engine: every node an instruction, its children, literals, classes and capture
/// names kept in flat tables and referred to by index, so that instructions, frames and continuations are plain
/// numbers the engine copies without reference counting.
struct MatchProgram: Sendable {
  /// One node of the pattern.
  enum Instruction: Sendable {
    /// The scalars `literals[start..<start + count]`.
    case literal(start: Int, count: Int)
    /// The class `charClasses[index]`.
    case charClass(Int)
    /// A mention of one of the classes `entityClasses[index]`.
    case entity(Int)
    /// The instructions `children[start..<start + count]`, one after the other.
    case sequence(start: Int, count: Int)
    /// The instructions `children[start..<start + count]`, the first that leads to a match.
    case alternation(start: Int, count: Int)
    case repetition(Int, min: Int, max: Int?, lazy: Bool)
    /// The inner instruction, its range recorded in capture slot `slot` (`captureNames[slot]`).
    case capture(slot: Int, Int)
    case lookahead(Int, negative: Bool)
    /// With the inner node's shortest and longest length (`nil`: unbounded).
    case lookbehind(Int, negative: Bool, minLength: Int, maxLength: Int?)
    case segmentStart, segmentEnd, wordBoundary
  }

  private(set) var instructions: [Instruction] = []
  /// The index of the whole pattern's instruction.
  private(set) var root = 0
  /// The children of sequences and alternations.
  private(set) var children: [Int] = []
  /// The scalars of the literals.
  private(set) var literals: [Unicode.Scalar] = []
  private(set) var charClasses: [CharClass] = []
  private(set) var entityClasses: [Set<String>] = []
  /// The names of the captures, one slot per distinct name.
  private(set) var captureNames: [String] = []

  init(_ node: PatternNode) {
    root = add(node)
  }

  private mutating func add(_ node: PatternNode) -> Int {
    let instruction: Instruction
    switch node {
    case .literal(let s):
      instruction = .literal(start: literals.count, count: s.count)
      literals.append(contentsOf: s)
    case .charClass(let c):
      instruction = .charClass(charClasses.count)
      charClasses.append(c)
    case .entity(let classes):
      instruction = .entity(entityClasses.count)
      entityClasses.append(classes)
    case .sequence(let xs):
      let items = addAll(xs)
      instruction = .sequence(start: items.lowerBound, count: items.count)
    case .alternation(let xs):
      let items = addAll(xs)
      instruction = .alternation(start: items.lowerBound, count: items.count)
    case .repetition(let x, let lo, let hi, let lazy): instruction = .repetition(add(x), min: lo, max: hi, lazy: lazy)
    case .capture(let name, let x): instruction = .capture(slot: slot(named: name), add(x))
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

  /// Adds the nodes, then their indices side by side in `children`.
  private mutating func addAll(_ nodes: [PatternNode]) -> Range<Int> {
    let indices = nodes.map { add($0) }
    let start = children.count
    children.append(contentsOf: indices)
    return start..<children.count
  }

  private mutating func slot(named name: String) -> Int {
    if let slot = captureNames.firstIndex(of: name) { return slot }
    captureNames.append(name)
    return captureNames.count - 1
  }
}
