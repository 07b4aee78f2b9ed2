// The Morphology benchmark: tokenizing speed of the MeCab dictionaries and of the English tokenizer on a
// folder of documents (never read by the package's build or tests), and how each dictionary segments probe
// phrases. Run with a release build:
//
//   swift run -c release morphology-bench FOLDER [--megabytes N] [--dictionary DIR]... [--probe TEXT]...
//     [--differences N]
//
// Without --dictionary it measures MeCab's default dictionary (its mecabrc). With two dictionaries or more,
// --differences N prints the first N places where the first two segment the corpus differently. Prints
// figures; asserts nothing.
import Foundation
import Morphology

struct Options {
  var folder = ""
  var megabytes = 10.0
  var dictionaries: [MeCabDictionary] = []
  var probes: [String] = []
  var differences = 0

  static func parse(_ arguments: [String]) -> Options? {
    var options = Options()
    var rest = arguments.makeIterator()
    while let argument = rest.next() {
      switch argument {
      case "--megabytes":
        guard let value = rest.next().flatMap(Double.init) else { return nil }
        options.megabytes = value
      case "--dictionary":
        guard let value = rest.next() else { return nil }
        options.dictionaries.append(.directory(value))
      case "--probe":
        guard let value = rest.next() else { return nil }
        options.probes.append(value)
      case "--differences":
        guard let value = rest.next().flatMap(Int.init) else { return nil }
        options.differences = value
      default:
        guard options.folder.isEmpty, !argument.hasPrefix("-") else { return nil }
        options.folder = argument
      }
    }
    if options.dictionaries.isEmpty { options.dictionaries = [.systemDefault] }
    return options.folder.isEmpty ? nil : options
  }
}

/// The NFC texts of the folder's `.txt` files, split into mostly-Latin (English) and the others (Japanese).
func loadCorpus(_ folder: String) throws -> (japanese: [String], english: [String]) {
  let url = URL(fileURLWithPath: folder)
  let files = try FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: nil)
    .filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
  var japanese: [String] = []
  var english: [String] = []
  for file in files {
    let text = String(decoding: try Data(contentsOf: file), as: UTF8.self).precomposedStringWithCanonicalMapping
    let latin = text.unicodeScalars.filter { $0.isASCII && $0.properties.isAlphabetic }.count
    if latin * 2 > text.unicodeScalars.count { english.append(text) } else { japanese.append(text) }
  }
  return (japanese, english)
}

func seconds(_ duration: Duration) -> Double {
  Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

/// Runs `tokenize` over `texts` repeated until `megabytes` of UTF-8 have passed; prints MB/s.
func measure(_ label: String, _ texts: [String], megabytes: Double, tokenize: (String) throws -> Int) rethrows {
  let passBytes = texts.reduce(0) { $0 + $1.utf8.count }
  guard passBytes > 0 else {
    print("\(label): no documents")
    return
  }
  var tokens = 0
  for text in texts { tokens += try tokenize(text) }  // warm-up pass (and the token count of one pass)
  let passes = max(1, Int((megabytes * 1e6 / Double(passBytes)).rounded(.up)))
  let clock = ContinuousClock()
  let start = clock.now
  for _ in 0..<passes { for text in texts { _ = try tokenize(text) } }
  let elapsed = seconds(clock.now - start)
  let total = Double(passBytes * passes) / 1e6
  print(
    String(
      format: "%@: %.1f MB in %.3f s = %.2f MB/s, %.2f M tokens/s (%d documents, %d tokens per pass)",
      label, total, elapsed, total / elapsed, Double(tokens * passes) / elapsed / 1e6, texts.count, tokens))
}

func name(_ dictionary: MeCabDictionary) -> String {
  switch dictionary {
  case .systemDefault: return "mecabrc default"
  case .directory(let path): return URL(fileURLWithPath: path).lastPathComponent
  }
}

/// Token boundaries (scalar offsets) over the corpus, for comparing dictionaries.
func boundaries(_ tokenizer: JapaneseTokenizer, _ texts: [String]) throws -> Set<[Int]> {
  var set = Set<[Int]>()
  for (index, text) in texts.enumerated() {
    for token in try tokenizer.tokenize(text) { set.insert([index, token.range.lowerBound, token.range.upperBound]) }
  }
  return set
}

/// The places (runs of tokens between shared boundaries) where two segmentations of one text differ.
func differingRuns(_ first: [Token], _ second: [Token]) -> [(ArraySlice<Token>, ArraySlice<Token>)] {
  var runs: [(ArraySlice<Token>, ArraySlice<Token>)] = []
  var (i, j) = (0, 0)
  while i < first.count, j < second.count {
    if first[i].range == second[j].range {
      (i, j) = (i + 1, j + 1)
      continue
    }
    let (startI, startJ) = (i, j)
    repeat {
      if first[i].range.upperBound <= second[j].range.upperBound { i += 1 } else { j += 1 }
    } while i < first.count && j < second.count && first[i - 1].range.upperBound != second[j - 1].range.upperBound
    runs.append((first[startI..<i], second[startJ..<j]))
  }
  return runs
}

func printDifferences(_ tokenizers: [JapaneseTokenizer], _ texts: [String], limit: Int) throws {
  guard tokenizers.count >= 2, limit > 0 else { return }
  var printed = 0
  for text in texts {
    for (first, second) in differingRuns(try tokenizers[0].tokenize(text), try tokenizers[1].tokenize(text)) {
      guard printed < limit else { return }
      print("  \(describe(Array(first)))  ‖  \(describe(Array(second)))")
      printed += 1
    }
  }
}

func describe(_ tokens: [Token]) -> String {
  tokens.map { token in
    var parts = [token.surface, token.partOfSpeech.description]
    if let form = token.conjugationForm { parts.append(form.rawValue) }
    if token.lemma != token.surface { parts.append("→" + token.lemma) }
    return parts.joined(separator: " ")
  }.joined(separator: " | ")
}

func run(_ options: Options) throws {
  let corpus = try loadCorpus(options.folder)
  print("corpus: \(corpus.japanese.count) Japanese and \(corpus.english.count) English documents")
  var segmentations: [(String, Set<[Int]>)] = []
  var tokenizers: [JapaneseTokenizer] = []
  for dictionary in options.dictionaries {
    let clock = ContinuousClock()
    let start = clock.now
    let tokenizer = try JapaneseTokenizer(dictionary: dictionary)
    let label = name(dictionary)
    print(
      String(
        format: "%@: %@, %d entries, loaded in %.3f s", label, tokenizer.dictionary.path,
        tokenizer.dictionary.entryCount, seconds(clock.now - start)))
    try measure("  JapaneseTokenizer", corpus.japanese, megabytes: options.megabytes) {
      try tokenizer.tokenize($0).count
    }
    let unknown = try corpus.japanese.reduce(0) {
      $0 + (try tokenizer.tokenize($1).filter { !$0.isInDictionary }.count)
    }
    print("  unknown-word tokens per pass: \(unknown)")
    for probe in options.probes { print("  \(probe): \(describe(try tokenizer.tokenize(probe)))") }
    segmentations.append((label, try boundaries(tokenizer, corpus.japanese)))
    tokenizers.append(tokenizer)
  }
  for (first, second) in zip(segmentations, segmentations.dropFirst()) {
    let shared = first.1.intersection(second.1).count
    print("tokens identical in \(first.0) and \(second.0): \(shared) of \(first.1.count) / \(second.1.count)")
  }
  try printDifferences(tokenizers, corpus.japanese, limit: options.differences)
  let english = try EnglishTokenizer()
  measure("EnglishTokenizer", corpus.english, megabytes: options.megabytes) { english.tokenize($0).count }
}

guard let options = Options.parse(Array(CommandLine.arguments.dropFirst())) else {
  FileHandle.standardError.write(
    Data(
      "usage: morphology-bench FOLDER [--megabytes N] [--dictionary DIR]... [--probe TEXT]... [--differences N]\n".utf8)
  )
  exit(2)
}
do { try run(options) } catch {
  FileHandle.standardError.write(Data("morphology-bench: \(error)\n".utf8))
  exit(1)
}
