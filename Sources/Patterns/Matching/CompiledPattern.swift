/// A parsed pattern ready to run, with the literals that any match must contain (its anchors).
public struct CompiledPattern: Sendable {
  /// The pattern's syntax tree.
  public let node: PatternNode
  /// The pattern as written in its rule file.
  public let source: String
  /// Literals of which one must occur in any match; `nil` when none could be derived.
  public let anchors: [[Unicode.Scalar]]?
  /// The most backtracking steps one match attempt may take before it is abandoned.
  public static let stepLimit = 200_000

  /// The characters a match can start with (nil: any), so that most start positions are skipped at once.
  let firstFilter: FirstCharFilter?
  /// The tree flattened for the engine.
  let program: MatchProgram

  /// Prepares a parsed pattern for matching.
  public init(node: PatternNode, source: String) {
    self.node = node
    self.source = source
    self.anchors = node.requiredLiterals
    let (filter, nullable) = FirstCharFilter.of(node)
    self.firstFilter = nullable ? nil : filter
    self.program = MatchProgram(node)
  }

  @inline(__always) func canStart(at p: Int, in input: MatchInput) -> Bool {
    guard let f = firstFilter else { return true }
    return f.accepts(input.chars[p]) || (f.mentionStart && input.mentionsByStart[p] != nil)
  }

  /// Whether the pattern can match the empty text.
  public var isNullable: Bool { node.isNullable }

  /// A match that starts exactly at `start`, or nil. `exceeded` is set when the step limit cut the search short.
  public func match(
    at start: Int, in input: MatchInput, exceeded: UnsafeMutablePointer<Bool>? = nil
  ) -> PatternMatch? {
    var engine = MatchEngine(program: program, input: input)
    return match(at: start, engine: &engine, exceeded: exceeded)
  }

  /// A match at `start` run by an engine over this pattern and an input (reused between start positions).
  func match(
    at start: Int, engine: inout MatchEngine, exceeded: UnsafeMutablePointer<Bool>? = nil
  ) -> PatternMatch? {
    let end = engine.run(from: start)
    if engine.steps > Self.stepLimit {
      exceeded?.pointee = true
      engine.input.limitLog?.record(source)
    }
    guard let end else { return nil }
    return PatternMatch(range: start..<end, captures: engine.finalCaptures, mentions: engine.finalMentions)
  }
}
