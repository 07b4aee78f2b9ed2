// The ClaimGraph benchmark: extraction speed and writer throughput on the real seed documents, repeated to a
// corpus of a given size. Run with a release build: `swift run -c release claimgraph-bench [MB]`.
// Prints figures; asserts nothing (speed targets are read from these figures, never from tests). The rules, the
// graph builder, the claims view and the corpus run are the ClaimGraph library's, as `claimgraph extract` uses them.
import ClaimGraph
import ClaimGraphModel
import ClaimGraphText
import Extraction
import Foundation
import Patterns
import RuleLanguage
import Serialization

let args = CommandLine.arguments
let targetMB = args.count > 1 ? Double(args[1]) ?? 5 : 5
let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)

func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }

let clock = ContinuousClock()
var t0 = clock.now
let corpusRun = CorpusRun(
  rulesDirectory: root.appendingPathComponent("rules").path, base: Namespaces.defaultBase, formats: [.rdfxml, .jsonld])
let rules: RuleSet
do { rules = try corpusRun.loadRules() } catch {
  FileHandle.standardError.write(Data("\(error)\n".utf8))
  exit(1)
}
print(
  String(
    format: "rules: %d files, %d gazetteer entries, %d entity rules, %d claim rules loaded in %.3f s",
    rules.files.count, rules.gazetteer.count, rules.entityRules.count, rules.claimRules.count, seconds(clock.now - t0)))
let extractor = Extractor(rules: rules)

let seedURLs = try FileManager.default.contentsOfDirectory(
  at: root.appendingPathComponent("seeds"), includingPropertiesForKeys: nil
)
.filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
let seedBytes = try seedURLs.map { try [UInt8](Data(contentsOf: $0)) }
var corpus: [SourceDocument] = []
var total = 0
var n = 0
while Double(total) < targetMB * 1_000_000 {
  let i = n % seedBytes.count
  corpus.append(try DocumentReader.read(bytes: seedBytes[i], fileName: "doc\(n)-\(seedURLs[i].lastPathComponent)"))
  total += seedBytes[i].count
  n += 1
}
print(
  String(
    format: "corpus: %d documents, %.1f MB (the %d seed documents repeated)", corpus.count, Double(total) / 1e6,
    seedBytes.count))

t0 = clock.now
var results: [DocumentExtraction] = []
for d in corpus { results.append(extractor.extract(d)) }
let te = seconds(clock.now - t0)
let claims = results.reduce(0) { $0 + $1.claims.count }
let mentions = results.reduce(0) { $0 + $1.mentions.count }
print(
  String(
    format: "extraction: %.2f s, %.0f documents/s, %.2f MB/s (%d mentions, %d claims)",
    te, Double(corpus.count) / te, Double(total) / 1e6 / te, mentions, claims))

let builder = GraphBuilder()
t0 = clock.now
let graphs = results.map { builder.graph(for: $0) }
let triples = graphs.reduce(0) { $0 + $1.count }
print(String(format: "graph building: %.2f s, %d triples", seconds(clock.now - t0), triples))

for format in RDFFormat.allCases {
  let sink = MemorySink()
  t0 = clock.now
  let writer = try makeWriter(format, sink: sink, options: WriterOptions())
  for g in graphs { try writer.write(g) }
  try writer.finish()
  let tw = seconds(clock.now - t0)
  print(
    String(
      format: "writer %-7@ %.2f s, %9.0f triples/s, %.1f MB written", format.rawValue as NSString, tw,
      Double(triples) / tw, Double(sink.bytes.count) / 1e6))
}

t0 = clock.now
let view = try ClaimsView()
let viewBytes = try graphs.reduce(0) { $0 + (try view.document(for: $1)).count }
print(String(format: "claims view: %.2f s, %.1f MB written", seconds(clock.now - t0), Double(viewBytes) / 1e6))

// The whole run as `claimgraph extract` does it (seeds/ into a temporary folder, RDF/XML and JSON-LD).
let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("claimgraph-bench-\(UUID().uuidString)")
t0 = clock.now
let summary = try corpusRun.run(inputs: [root.appendingPathComponent("seeds").path], output: scratch.path)
print(
  String(
    format: "corpus run (seeds/, rdfxml+jsonld): %.2f s, %d documents",
    seconds(clock.now - t0), summary.statistics.documents))
try? FileManager.default.removeItem(at: scratch)

// Peak memory of the whole run (the corpus and all graphs are held here on purpose, to measure the writers;
// `claimgraph extract` itself holds one document's graph at a time).
var usage = rusage()
getrusage(RUSAGE_SELF.rawValue, &usage)
print(String(format: "peak resident memory: %.0f MB", Double(usage.ru_maxrss) / 1024))

// Per-rule matching time (patterns run alone over every sentence, without mentions): which rules cost most.
if args.contains("--rules-profile") {
  var cost: [(String, Double)] = []
  let docs = corpus.prefix(200)
  let prepared = docs.map { d in
    (
      d,
      SentenceSplitter(language: d.language, lexicon: rules.sentenceLexicons[d.language] ?? SentenceLexicon()).split(
        d.text)
    )
  }
  func time(_ name: String, _ p: CompiledPattern, _ lang: Language) {
    let t = clock.now
    for (d, segs) in prepared where d.language == lang {
      let whole = MatchInput(chars: d.text.folded, bounds: 0..<d.text.count)
      for s in segs { _ = p.allMatches(in: whole.with(bounds: s.range)) }
    }
    cost.append((name, seconds(clock.now - t)))
  }
  for r in rules.entityRules { time(r.ruleID.rawValue, r.pattern, r.language) }
  for r in rules.claimRules { time(r.ruleID.rawValue, r.pattern, r.language) }
  for (lang, g) in rules.grammars {
    time("grammar \(lang.rawValue) agent", g.agentTopic, lang)
    if let p = g.otherTopic { time("grammar \(lang.rawValue) other-topic", p, lang) }
  }
  for (name, t) in cost.sorted(by: { $0.1 > $1.1 }).prefix(15) {
    print(String(format: "  %7.3f s  %@", t, name as NSString))
  }
}
