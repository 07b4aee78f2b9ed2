import Testing

@testable import Morphology

@Suite struct EnglishTokenizerTests {
  @Test(arguments: [
    ("condemned", "condemn"), ("condemns", "condemn"), ("condemning", "condemn"), ("condemn", "condemn"),
    ("reiterated", "reiter"), ("reiterates", "reiter"), ("reiterate", "reiter"),
    ("urged", "urg"), ("urges", "urg"), ("urging", "urg"), ("urge", "urg"),
    ("underscored", "underscor"), ("underscores", "underscor"), ("underscore", "underscor"),
    ("Welcomed", "welcom"), ("Japan's", "japan"), ("Japan\u{2019}s", "japan"),
  ])
  func inflectionsMeetInOneLemma(_ word: String, _ lemma: String) throws {
    let tokenizer = try EnglishTokenizer()
    #expect(tokenizer.lemma(of: word) == lemma)
    #expect(tokenizer.tokenize(word).map(\.lemma) == [lemma])
  }

  @Test func wordsHaveBoundariesOffsetsAndLowerCasedForms() throws {
    let text = "The G7 strongly condemned Russia's hostile acts; NATO-led forces, Ｇ７ host."
    let words = try EnglishTokenizer().tokenize(text)
    #expect(
      words.map(\.surface) == [
        "The", "G7", "strongly", "condemned", "Russia's", "hostile", "acts", "NATO", "led", "forces", "Ｇ７", "host",
      ])
    #expect(words.map(\.lowercased).prefix(4) == ["the", "g7", "strongly", "condemned"])
    #expect(words[7].lowercased == "nato")
    #expect(words.map(\.range).prefix(5) == [0..<3, 4..<6, 7..<15, 16..<25, 26..<34])
    #expect(words[10].range == 66..<68)
    #expect(words[10].lowercased == "ｇ７")
    #expect(words[5].lemma != words[11].lemma)  // host is not inside hostile
  }

  @Test func apostrophesOutsideWordsAreNotPartOfThem() throws {
    let words = try EnglishTokenizer().tokenize("'peace' and the members' ’views’")
    #expect(words.map(\.surface) == ["peace", "and", "the", "members", "views"])
    #expect(words.map(\.range) == [1..<6, 8..<11, 12..<15, 16..<23, 26..<31])
  }

  @Test func irregularFormsMapToTheirBaseFirst() throws {
    let tokenizer = try EnglishTokenizer(irregularForms: ["said": "say", "Took": "take"])
    #expect(tokenizer.tokenize("He said, they took").map(\.lemma) == ["he", "say", "they", "take"])
    #expect(tokenizer.lemma(of: "says") == "say")
    #expect(try EnglishTokenizer().lemma(of: "said") == "said")
  }

  @Test func emptyTextHasNoWords() throws {
    #expect(try EnglishTokenizer().tokenize("").isEmpty)
    #expect(try EnglishTokenizer().tokenize(" ,.; ").isEmpty)
  }
}
