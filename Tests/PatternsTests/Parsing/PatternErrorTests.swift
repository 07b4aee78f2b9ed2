import Testing

@testable import Patterns

@Suite("Pattern syntax errors")
struct PatternErrorTests {
  /// (pattern, column of the error when the pattern starts at column 1, message).
  @Test(
    "every syntax error has its column and message",
    arguments: [
      ("(会談", 4, "expected ')'"),
      ("[kanji", 1, "expected ']'"),
      ("a \"bc", 3, "expected '\"' to close the quoted text"),
      (
        "を {Foo}", 3,
        "unknown entity class 'Foo' (expected one of Agreement, Country, Date, Entity, Event, Organization, Person, Place, Programme)"
      ),
      (
        "を {Country|Foo}", 3,
        "unknown entity class 'Foo' (expected one of Agreement, Country, Date, Entity, Event, Organization, Person, Place, Programme)"
      ),
      ("を {Country", 3, "expected '}'"),
      ("{}", 1, "expected an entity class name inside '{}'"),
      (
        "x [foo]", 3,
        "unknown character class 'foo' (expected one of kanji, katakana, hiragana, kana, latin, upper, lower, digit, alnum, punct, space, any)"
      ),
      ("x []", 3, "empty character class"),
      ("x @nope", 3, "unknown pattern '@nope'"),
      ("x @", 3, "expected a pattern name after '@'"),
      ("*a", 1, "quantifier '*' has nothing to repeat"),
      ("a | +", 5, "quantifier '+' has nothing to repeat"),
      ("a)", 2, "unexpected ')'"),
      ("a]", 2, "unexpected ']'"),
      ("(?x a)", 1, "expected '?<name>', '?=', '?!', '?<=' or '?<!' after '('"),
      ("(?<> a)", 1, "expected a capture name and '>'"),
      ("a{3,2}", 2, "expected '{m,n}' with n ≥ m"),
      ("a{2", 2, "expected '}'"),
      ("a{2,x}", 2, "expected '{m,n}' with n ≥ m"),
      ("\\", 1, "expected a character after '\\'"),
      ("(a?)*", 6, "a repetition of something that can match the empty text never ends"),
      ("(?= x)+", 8, "a repetition of something that can match the empty text never ends"),
    ])
  func syntaxError(pattern: String, column: Int, message: String) throws {
    let e = try #require(patternError(pattern))
    #expect(e.offset == column - 1)
    #expect(e.message == message)
    #expect(e.description == "\(column): \(message)")
  }

  @Test("offsets count Unicode scalars")
  func scalarOffsets() throws {
    #expect(patternError("日本 {Foo}")?.offset == 3)
  }

  @Test("entity classes are the caller's, with Entity and Date")
  func callerClasses() throws {
    var parser = PatternParser("{Ship} {Entity} {Date}", syntax: PatternSyntax(entityClasses: ["Ship"])) { _ in nil }
    #expect(try parser.parse() == .sequence([.entity(["Ship"]), .entity(["Entity"]), .entity(["Date"])]))
    var strict = PatternParser("{Country}", syntax: PatternSyntax(entityClasses: ["Ship"])) { _ in nil }
    #expect(
      throws: PatternSyntaxError(
        offset: 0, message: "unknown entity class 'Country' (expected one of Date, Entity, Ship)")
    ) {
      try strict.parse()
    }
  }

  @Test("a quantifier after a quantifier is an error")
  func doubleQuantifier() throws {
    let d = try #require(patternError("b a**"))
    #expect(d.message == "a repetition of something that can match the empty text never ends")
  }

  @Test("lazy quantifiers are not double quantifiers")
  func lazyIsNotAnError() throws {
    #expect(patternError("a*?") == nil)
    #expect(patternError("a+?") == nil)
    #expect(patternError("a??") == nil)
    #expect(patternError("a{1,2}?") == nil)
  }

  @Test("patterns that parse")
  func validPatterns() {
    for p in [
      "(?<name> [kanji katakana ・]+) (?<! 国) は", "(?<= a) (?<! b) (?= c) (?! d)", "^ a $", "{Country|Organization}",
      "[^ 、。]", "\"quoted ( text\"", "\\( \\) \\[ \\{", "a{0,1} b{3} c{2,}",
    ] {
      #expect(patternError(p) == nil, "\(p)")
    }
  }
}
