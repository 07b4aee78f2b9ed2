import ArgumentParser
import ClaimGraph

/// `claimgraph extract [INPUT ...] [--rules DIR] [--output DIR] [--base IRI] [--format LIST]`.
struct ExtractCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract",
    abstract: "Extract every document of the inputs into per-document and corpus graphs."
  )

  @OptionGroup var corpus: CorpusOptions
  @OptionGroup var graphs: OutputOptions

  func run() throws {
    let formats = try graphs.formats()
    try graphs.checkBase()
    let run = CorpusRun(rulesDirectory: corpus.rules, base: graphs.base, formats: formats)
    do {
      let summary = try run.run(inputs: corpus.inputsOrSeeds, output: graphs.output)
      DiagnosticsPrinter.write(summary.text)
    } catch let e as CorpusRunError {
      throw DiagnosticsPrinter.fail(e)
    }
  }
}
