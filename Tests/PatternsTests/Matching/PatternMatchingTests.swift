import ClaimGraphText
import Testing

@testable import Patterns

@Suite("Pattern matching")
struct PatternMatchingTests {
  @Test("a literal matches where it occurs; whitespace between elements is ignored")
  func literals() throws {
    // 我0 々1 は2 こ3 れ4 を5 強6 く7 非8 難9 す10 る11
    #expect(try matchRanges("を強く", "我々はこれを強く非難する") == [5..<8])
    #expect(try matchRanges("を 強く  非難", "我々はこれを強く非難する") == [5..<10])
    #expect(try matchRanges("非難", "我々は") == [])
    // Quoted text keeps its spaces; an escape makes a special character literal.
    #expect(try matchRanges("\"in the\" \" strongest\"", "condemn in the strongest terms") == [8..<24])
    #expect(try matchRanges("a b", "a b ab") == [4..<6])
    #expect(try matchRanges(#"\( x \)"#, "f(x)") == [1..<4])
  }

  @Test(
    "character classes",
    arguments: [
      ("[kanji]+", "我々は国際法を", ["我々", "国際法"]),
      ("[katakana ・]+", "マルク・ルッテ氏とバイデン", ["マルク・ルッテ", "バイデン"]),
      ("[katakana]+", "マルク・ルッテ", ["マルク", "ルッテ"]),
      ("[^,。]+", "あ、い。う", ["あ", "い", "う"]),
      ("[hiragana]+", "我々はこれを", ["はこれを"]),
      ("[digit]+", "第12回", ["12"]),
      ("[upper] [latin]+", "the NATO and Japan", ["NATO", "Japan"]),
      ("[latin digit]+", "G7首脳", ["G7"]),
      ("[a b]+", "cabbage", ["abba"]),
    ])
  func classes(pattern: String, text: String, expected: [String]) throws {
    #expect(try matchTexts(pattern, text) == expected)
  }

  @Test("greedy and lazy quantifiers")
  func quantifiers() throws {
    #expect(try matchRanges("ab?", "a ab") == [0..<1, 2..<4])
    #expect(try matchRanges("ab*", "abbbc") == [0..<4])
    #expect(try matchRanges("ab+", "a ab") == [2..<4])
    // A quantifier after several characters applies to the last one only.
    #expect(try matchTexts("ab+", "abab abbb") == ["ab", "ab", "abbb"])
    #expect(try matchTexts("(ab)+", "abab abbb") == ["abab", "ab"])
    #expect(try matchRanges("a{2,3}", "aaaa") == [0..<3])
    #expect(try matchRanges("a{2,3}?", "aaaa") == [0..<2, 2..<4])
    #expect(try matchRanges("a{2}", "aaaaa") == [0..<2, 2..<4])
    #expect(try matchRanges("a{2,}", "aaaaa") == [0..<5])
    #expect(try matchRanges("[digit]{4}", "12345") == [0..<4])
    #expect(try matchTexts("a [any]* b", "a1b2b") == ["a1b2b"])
    #expect(try matchTexts("a [any]*? b", "a1b2b") == ["a1b"])
    #expect(try matchTexts("x [any]+? y", "xy xzy") == ["xy xzy"])
    #expect(try matchTexts("x a?? a", "xa xaa") == ["xa", "xa"])
  }

  @Test("alternation tries branches in order (the first that lets the rest match wins)")
  func alternation() throws {
    #expect(try matchTexts("(会談|会議)", "首脳会議と会談") == ["会議", "会談"])
    #expect(try matchTexts("cat|dog", "dog cat") == ["dog", "cat"])
    #expect(try matchTexts("(a|ab)", "ab") == ["a"])
    #expect(try matchTexts("(a|ab) c", "abc") == ["abc"])
    #expect(try matchTexts("(ab|a)", "ab") == ["ab"])
  }

  @Test("named captures give exact ranges")
  func captures() throws {
    let p = try compilePattern("(?<name> [kanji]+?) (?<role> 首相|大統領) は")
    // 岸0 田1 首2 相3 は4
    let m = try #require(p.match(at: 0, in: matchInput("岸田首相は")))
    #expect(m.range == 0..<5)
    #expect(m.captures == ["name": 0..<2, "role": 2..<4])
    #expect(m.mentions == [])
    // A capture inside a repetition keeps its last iteration.
    let r = try #require(try compilePattern("((?<x> [digit]) ,)+").match(at: 0, in: matchInput("1,2,3,")))
    #expect(r.range == 0..<6)
    #expect(r.captures == ["x": 4..<5])
    // A capture in an alternative not taken is absent.
    let a = try #require(try compilePattern("((?<a> x)|(?<b> y)) z").match(at: 0, in: matchInput("yz")))
    #expect(a.captures == ["b": 0..<1])
  }

  @Test("look-ahead and look-behind do not consume text")
  func lookaround() throws {
    #expect(try matchTexts("[kanji]+ (?= は)", "日本は中国と") == ["日本"])
    #expect(try matchTexts("[kanji]+ (?! は)", "日本は中国と") == ["日", "中国"])
    // 我0 々1 は2 非3 難4
    #expect(try matchRanges("(?<= 我々は) [kanji]+", "我々は非難") == [3..<5])
    // 首0 脳1 会2 談3 、4 会5 談6
    #expect(try matchRanges("(?<! [kanji]) 会談", "首脳会談、会談") == [5..<7])
    #expect(try matchRanges("(?<= [kanji]) 会談", "首脳会談、会談") == [2..<4])
    // A capture inside a positive look-ahead is kept; one inside a negative look-ahead is not.
    let m = try #require(try compilePattern("a (?= (?<n> b))").match(at: 0, in: matchInput("ab")))
    #expect(m.range == 0..<1)
    #expect(m.captures == ["n": 1..<2])
  }

  @Test("^ and $ anchor at the segment bounds, not the whole text")
  func anchors() throws {
    #expect(try matchRanges("^ 我々", "我々は我々") == [0..<2])
    #expect(try matchRanges("我々 $", "我々は我々") == [3..<5])
    let p = try compilePattern("^ は")
    let text = matchInput("我々は")
    #expect(p.allMatches(in: text) == [])
    #expect(p.allMatches(in: text.with(bounds: 2..<3)).map(\.range) == [2..<3])
    // Matches never leave the bounds.
    let q = try compilePattern("我々は")
    #expect(q.allMatches(in: text.with(bounds: 0..<2)) == [])
  }

  @Test(
    "width folding: rule and text are compared folded",
    arguments: [
      ("、", "a,b", [1..<2]),
      (",", "a、b", [1..<2]),
      ("（", "f(x)", [1..<2]),
      ("(?<x> （ NATO ）)", "北大西洋条約機構(NATO)", [8..<14]),
      ("（ NATO ）", "北大西洋条約機構（ＮＡＴＯ）", [8..<14]),
      ("NATO", "ＮＡＴＯ", [0..<4]),
      ("[^,。]+", "あ，い", [0..<1, 2..<3]),
      ("ｶﾀｶﾅ", "カタカナ", [0..<4]),
    ])
  func widthFolding(pattern: String, text: String, expected: [Range<Int>]) throws {
    #expect(try matchRanges(pattern, text) == expected)
  }

  @Test("case-insensitive patterns lower-case their ASCII letters (the text must be lower-cased by the caller)")
  func caseInsensitive() throws {
    let p = try compilePattern("We \" \" Condemn", caseInsensitive: true)
    #expect(p.allMatches(in: matchInput("we condemn")).map(\.range) == [0..<10])
    #expect(p.allMatches(in: matchInput("We condemn")) == [])
  }

  @Test("{Class} consumes a given mention of that class, longest first, and reports it")
  func entityReferences() throws {
    // 日0 本1 は2 北3 大4 西5 洋6 条7 約8 機9 構10 は11
    let japan = MentionSpan(range: 0..<2, entityClass: "Country", tag: 0)
    let nato = MentionSpan(range: 3..<11, entityClass: "Organization", tag: 1)
    let short = MentionSpan(range: 3..<6, entityClass: "Place", tag: 2)
    let date = MentionSpan(range: 3..<11, entityClass: "Date", tag: -1)
    let input = matchInput("日本は北大西洋条約機構は", mentions: [japan, nato, short])

    let country = try compilePattern("{Country} は")
    #expect(country.allMatches(in: input).map(\.range) == [0..<3])
    #expect(country.allMatches(in: input).first?.mentions == [japan])

    let either = try compilePattern("{Country|Organization} は")
    let both = either.allMatches(in: input)
    #expect(both.map(\.range) == [0..<3, 3..<12])
    #expect(both.map(\.mentions) == [[japan], [nato]])

    // {Entity} is any class but Date; among mentions starting at the same place the longest is tried first.
    let entity = try compilePattern("{Entity}")
    #expect(entity.allMatches(in: input).map(\.range) == [0..<2, 3..<11])
    let place = try compilePattern("{Place} 洋")
    #expect(place.allMatches(in: input).map(\.range) == [3..<7])
    let withDate = matchInput("日本は北大西洋条約機構は", mentions: [date])
    #expect(entity.allMatches(in: withDate) == [])
    #expect(try compilePattern("{Date}").allMatches(in: withDate).map(\.mentions) == [[date]])
    // No mention, no match, even if the text looks like a name.
    #expect(try compilePattern("{Organization}").allMatches(in: matchInput("北大西洋条約機構")) == [])
  }

  @Test("a {Class} reference backtracks to a shorter mention when the longer one fails")
  func entityBacktracking() throws {
    // 日0 本1 国2 民3 は4
    let long = MentionSpan(range: 0..<3, entityClass: "Country", tag: 0)
    let short = MentionSpan(range: 0..<2, entityClass: "Country", tag: 1)
    let input = matchInput("日本国民は", mentions: [short, long])
    let m = try #require(try compilePattern("{Country} 国民").match(at: 0, in: input))
    #expect(m.range == 0..<4)
    #expect(m.mentions == [short])
  }

  @Test("allMatches is leftmost and non-overlapping; matchesAtEveryStart gives every start")
  func leftmostNonOverlapping() throws {
    let p = try compilePattern("aa")
    #expect(p.allMatches(in: matchInput("aaaaa")).map(\.range) == [0..<2, 2..<4])
    #expect(p.matchesAtEveryStart(in: matchInput("aaaaa")).map(\.range) == [0..<2, 1..<3, 2..<4, 3..<5])
    #expect(try matchRanges("[kanji]+ は", "日本は中国は") == [0..<3, 3..<6])
  }

  @Test("anchors: the literals every match must contain")
  func requiredLiterals() throws {
    func anchors(_ s: String) throws -> [String]? {
      try compilePattern(s).anchors?.map { String(String.UnicodeScalarView($0)) }
    }
    #expect(try anchors("を強く") == ["を強く"])
    #expect(try anchors("(会談|会議) を") == ["会談", "会議"])
    // Adjacent literals merge into one anchor.
    #expect(try anchors("を [kanji]* 非難 する") == ["非難する"])
    #expect(try anchors("[kanji]+") == nil)
    #expect(try anchors("a? bc") == ["bc"])
    #expect(try anchors("(a|[kanji]) x") == ["x"])
    #expect(try anchors("(a|[kanji])") == nil)
    #expect(try anchors("(?<n> 首相)") == ["首相"])
    #expect(try anchors("、") == [","])
    // Without any anchor in the text there is no match (and nothing is tried).
    let p = try compilePattern("[kanji]+ を強く")
    #expect(!p.anchorsOccur(in: matchInput("日本は中国と")))
    #expect(p.anchorsOccur(in: matchInput("日本を強く")))
  }

  @Test("the step limit stops a pathological pattern and reports it")
  func stepLimit() throws {
    let p = try compilePattern("([kanji]+)* x")
    let text = matchInput(String(repeating: "漢", count: 40))
    var exceeded = false
    let m = p.match(at: 0, in: text, exceeded: &exceeded)
    #expect(m == nil)
    #expect(exceeded)
    // An ordinary pattern on the same text stays under the limit.
    var ok = false
    #expect(try compilePattern("[kanji]+").match(at: 0, in: text, exceeded: &ok)?.range == 0..<40)
    #expect(!ok)
    #expect(CompiledPattern.stepLimit == 200_000)
  }

  @Test("a pattern that can match the empty text is nullable")
  func nullable() throws {
    #expect(try compilePattern("x?").isNullable)
    #expect(try compilePattern("(?= a)").isNullable)
    #expect(try compilePattern("a* b*").isNullable)
    #expect(try compilePattern("(a|b?)").isNullable)
    #expect(try !compilePattern("a* b").isNullable)
    #expect(try !compilePattern("{Country}").isNullable)
  }
}
