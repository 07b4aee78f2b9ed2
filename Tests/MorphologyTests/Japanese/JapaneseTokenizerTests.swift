import Testing

@testable import Morphology

@Suite struct JapaneseTokenizerTests {
  private func tokens(_ text: String) throws -> [Token] { try JapaneseTokenizer().tokenize(text) }

  @Test(arguments: [
    ("非難し、", ["非難", "する", "、"]),
    ("非難した。", ["非難", "する", "た", "。"]),
    ("非難します。", ["非難", "する", "ます", "。"]),
  ])
  func inflectionsOfOneVerbShareTheLemmaChain(_ text: String, _ lemmas: [String]) throws {
    let tokens = try tokens(text)
    #expect(tokens.map(\.lemma) == lemmas)
    #expect(tokens[0].partOfSpeech == PartOfSpeech(["名詞", "サ変接続"]))
    #expect(tokens[1].surface == "し")
    #expect(tokens[1].partOfSpeech == PartOfSpeech(["動詞", "自立"]))
    #expect(tokens[1].conjugationType == "サ変・スル")
  }

  @Test func shiContinuesTheChainInItsContinuativeForm() throws {
    let tokens = try tokens("強く非難し、撤退を求める")
    let shi = try #require(tokens.first { $0.surface == "し" })
    #expect(shi.conjugationForm == "連用形")
    #expect(shi.lemma == "する")
    #expect(shi.range == 4..<5)
    let motomeru = try #require(tokens.last)
    #expect(motomeru.surface == "求める")
    #expect(motomeru.conjugationForm == "基本形")
    #expect(motomeru.conjugationType == "一段")
  }

  @Test func shinkokuNiIsAnAdverbialOfAnAdjectivalNoun() throws {
    let tokens = try tokens("深刻に懸念する")
    #expect(tokens.map(\.surface) == ["深刻", "に", "懸念", "する"])
    #expect(tokens[0].partOfSpeech.levels == ["名詞", "形容動詞語幹"])
    #expect(tokens[0].partOfSpeech.category == .noun)
    #expect(tokens[1].partOfSpeech.levels == ["助詞", "副詞化"])
    #expect(tokens[1].partOfSpeech.isWithin(["助詞"]))
    #expect(tokens[1].conjugationForm == nil)
  }

  @Test func unknownWordsKeepTheirSurfaceAsLemma() throws {
    let nato = try #require(try tokens("NATOは").first)
    #expect(nato.surface == "NATO")
    #expect(nato.lemma == "NATO")
    #expect(!nato.isInDictionary)
    let fullWidth = try #require(try tokens("ＮＡＴＯは").first)
    #expect(fullWidth.lemma == "ＮＡＴＯ")
    #expect(fullWidth.partOfSpeech.levels == ["名詞", "固有名詞", "組織"])
    #expect(fullWidth.isInDictionary)
    #expect(fullWidth.reading == "ナトー")
  }

  @Test func emptyAndBlankTextsHaveNoTokens() throws {
    #expect(try tokens("").isEmpty)
    #expect(try tokens(" \t\n ").isEmpty)
  }

  @Test func theDictionaryIsUTF8() throws {
    let tokenizer = try JapaneseTokenizer()
    #expect(tokenizer.dictionary.charset.uppercased() == "UTF-8")
    #expect(tokenizer.dictionary.path.hasSuffix("sys.dic"))
    #expect(tokenizer.dictionary.entryCount > 100_000)
  }

  @Test func aMissingDictionaryNamesWhatIsMissing() {
    let missing = MeCabDictionary.directory("/nonexistent/mecab-dic")
    #expect {
      _ = try JapaneseTokenizer(dictionary: missing)
    } throws: { error in
      guard case .dictionaryUnavailable(let dictionary, _) = error as? MorphologyError else { return false }
      return dictionary == missing && "\(error)".contains("/nonexistent/mecab-dic")
        && "\(error)".contains("mecab-ipadic-utf8")
    }
  }

  @Test func featureStringsAreReadAsCSV() {
    #expect(MorphemeFeatures.fields(of: "記号,一般,*") == ["記号", "一般", "*"])
    #expect(MorphemeFeatures.fields(of: #"記号,"a,b","say ""x""",,"#) == ["記号", "a,b", #"say "x""#, "", ""])
    let features = MorphemeFeatures(featureString: "動詞,自立,*,*,サ変・スル,連用形,する,シ,シ")
    #expect(features.partOfSpeech.levels == ["動詞", "自立"])
    #expect(features.lemma == "する")
    #expect(features.reading == "シ")
    let unknown = MorphemeFeatures(featureString: "名詞,一般,*,*,*,*,*")
    #expect(unknown.lemma == nil && unknown.conjugationType == nil && unknown.reading == nil)
  }
}
