import Testing

@testable import Patterns

@Suite("English patterns: word boundaries and word spaces")
struct EnglishPatternTests {
  @Test("\\b stands between a letter or digit and anything else")
  func wordBoundary() throws {
    #expect(try matchTexts("host", "hostile host") == ["host", "host"])
    #expect(try matchRanges(#"host \b"#, "hostile host") == [8..<12])
    #expect(try matchRanges(#"\b host"#, "ghost host.") == [6..<10])
    #expect(try matchRanges(#"host \b"#, "host's hosts") == [0..<4])
    // Digits are word characters; the segment's ends are not.
    #expect(try matchRanges(#"\b G7 \b"#, "G7 G77 aG7") == [0..<2])
    #expect(try matchRanges(#"\b [latin]+ \b"#, "we, the leaders") == [0..<2, 4..<7, 8..<15])
    let p = try compilePattern(#"\b on"#)
    let text = matchInput("upon")
    #expect(p.allMatches(in: text) == [])
    #expect(p.allMatches(in: text.with(bounds: 2..<4)).map(\.range) == [2..<4])
  }

  @Test("\\b takes no text and can match the empty text; other escaped letters stay letters")
  func wordBoundaryShape() throws {
    #expect(try compilePattern(#"\b"#).isNullable)
    #expect(try compilePattern(#"\b"#).node == .wordBoundary)
    #expect(try compilePattern(#"\n"#).node == .literal(["n"]))
    #expect(try compilePattern(#"(?<= \b x) y"#).allMatches(in: matchInput("xy axy")).map(\.range) == [1..<2])
    #expect(patternError(#"\b*"#)?.message == "a repetition of something that can match the empty text never ends")
  }

  @Test("with word spaces, a space between two words of plain text matches one space")
  func wordSpaces() throws {
    #expect(try matchRanges("call on", "callon call on", wordSpaces: true) == [7..<14])
    #expect(try matchRanges("call   on", "call on", wordSpaces: true) == [0..<7])
    #expect(try matchRanges("in the strongest terms", "condemn in the strongest terms", wordSpaces: true) == [8..<30])
    #expect(
      try compilePattern("pays tribute to", wordSpaces: true).node == .literal(Array("pays tribute to".unicodeScalars)))
    // Alternatives of several words.
    #expect(
      try matchTexts("(call on|call for) \" the\"", "call for the call onthe", wordSpaces: true) == ["call for the"])
    #expect(try matchTexts("(call on|call for) the", "call for the call onthe", wordSpaces: true) == ["call onthe"])
    // A quantifier still applies to the last character.
    #expect(try matchTexts("call on?", "call o call on", wordSpaces: true) == ["call o", "call on"])
  }

  @Test("with word spaces, spaces next to anything but plain text still only separate")
  func wordSpacesOnlyBetweenWords() throws {
    #expect(try matchTexts("(call|calls) on", "callson", wordSpaces: true) == ["callson"])
    #expect(try matchTexts("call \" \" on", "call on callon", wordSpaces: true) == ["call on"])
    #expect(try matchTexts("a [digit]", "a1 a 1", wordSpaces: true) == ["a1"])
    #expect(
      try compilePattern("\"the \" leaders", wordSpaces: true).node == .literal(Array("the leaders".unicodeScalars)))
  }

  @Test("without word spaces (Japanese), spaces only separate: a b is ab")
  func noWordSpaces() throws {
    #expect(try matchRanges("a b", "a b ab") == [4..<6])
    #expect(try matchRanges("を 強く 非難", "これを強く非難する") == [2..<7])
    #expect(try compilePattern("を 強く").node == .literal(["を", "強", "く"]))
  }

  @Test("word spaces and case-insensitive patterns together")
  func wordSpacesIgnoringCase() throws {
    let p = try compilePattern("Prime Minister", caseInsensitive: true, wordSpaces: true)
    #expect(p.allMatches(in: matchInput("the prime minister")).map(\.range) == [4..<18])
  }
}
