import ClaimGraphText

/// Reads the lexicon files, `dates/<lang>.yaml`, `sentences/<lang>.yaml` and `text/<lang>.yaml`, apart from
/// the other rule files: their keys and examples are their own.
struct TextLexiconFiles {
  var japaneseDates: JapaneseDateWords?
  var englishDates: EnglishDateWords?
  var sentences: [Language: SentenceLexicon] = [:]
  var texts: [Language: TextLexicon] = [:]
  /// The examples of `text/` files, read when the vocabulary is known (they may expect claims).
  var textExamples: [(path: String, example: YAMLValue)] = []
  /// Examples by file (relative path).
  var examples: [String: [RuleExample]] = [:]
  var errors: [Diagnostic] = []

  /// The folders whose files this reader takes.
  static let folders = ["dates/", "sentences/", "text/"]

  /// Reads `text` when `path` is a lexicon file; `false` (nothing read) for any other rule file.
  mutating func read(path: String, text: String) -> Bool {
    guard let folder = Self.folders.first(where: path.hasPrefix) else { return false }
    do {
      let map = try YAMLParsing.parse(text, file: path).mapping("a lexicon file")
      let language = try LexiconValues.language(of: map)
      switch folder {
      case "dates/":
        try readDates(map, language: language)
      case "sentences/":
        if sentences[language] != nil { throw map.fail("a second sentence lexicon for '\(language.rawValue)'") }
        sentences[language] = try SentenceLexiconReader.read(try map.require("sentences", in: "lexicon file"))
      default:
        if texts[language] != nil { throw map.fail("a second text lexicon for '\(language.rawValue)'") }
        texts[language] = try TextLexiconReader.read(try map.require("text", in: "lexicon file"))
      }
      if folder == "text/" {
        textExamples += try map.optional("examples")?.list("'examples'").map { (path, $0) } ?? []
      } else if let list = map.optional("examples") {
        examples[path, default: []] += try list.list("'examples'").map {
          try LexiconExampleReader.read($0, kind: folder == "dates/" ? .dates : .sentences, language: language)
        }
      }
      _ = map.optional("description")
      errors += map.unknownKeys(
        in: "lexicon file", allowed: ["language", "description", "dates", "sentences", "text", "examples"])
    } catch let d as Diagnostic {
      errors.append(d)
    } catch {
      errors.append(Diagnostic(SourceLocation(file: path, line: 1, column: 1), "\(error)"))
    }
    return true
  }

  private mutating func readDates(_ map: YAMLMapping, language: Language) throws {
    let dates = try map.require("dates", in: "lexicon file")
    switch language {
    case .ja:
      if japaneseDates != nil { throw map.fail("a second date lexicon for 'ja'") }
      japaneseDates = try JapaneseDateWordsReader.read(dates)
    case .en:
      if englishDates != nil { throw map.fail("a second date lexicon for 'en'") }
      englishDates = try EnglishDateWordsReader.read(dates)
    }
  }

  /// Hands the errors and examples to the rule set builder, which reports and keeps them with the others.
  func hand(to builder: inout RuleSetBuilder) {
    builder.errors += errors
    builder.ruleExamples.merge(examples) { $0 + $1 }
    for (path, value) in textExamples {
      builder.collect { builder in builder.ruleExamples[path, default: []].append(try builder.readTextExample(value)) }
    }
  }

  /// Puts the lexicons into a loaded rule set.
  func install(in ruleSet: inout RuleSet) {
    ruleSet.lexicons = Lexicons(
      dates: DateLexicon(japanese: japaneseDates, english: englishDates), sentences: sentences, texts: texts)
  }
}

/// The lexicons of the lexicon files, as a rule set holds them.
struct Lexicons: Sendable {
  var dates = DateLexicon(japanese: nil, english: nil)
  var sentences: [Language: SentenceLexicon] = [:]
  var texts: [Language: TextLexicon] = [:]
}

extension RuleSet {
  /// The words of date expressions in every language (`rules/dates/`): the date scanner reads each language's
  /// forms in any text.
  public var dateLexicon: DateLexicon { lexicons.dates }

  /// The sentence splitter's vocabulary by language (`rules/sentences/`); a language without a file splits
  /// its text at line ends only.
  public var sentenceLexicons: [Language: SentenceLexicon] { lexicons.sentences }

  /// The extraction's vocabulary of each language's text (`rules/text/`): links, held verbs, quotation pairs,
  /// windows.
  package var textLexicons: [Language: TextLexicon] { lexicons.texts }

  /// The text lexicon of `language`; empty when the language has no file.
  package func textLexicon(for language: Language) -> TextLexicon { lexicons.texts[language] ?? TextLexicon() }
}

extension YAMLMapping {
  func fail(_ message: String) -> Diagnostic { Diagnostic(location, message) }
}
