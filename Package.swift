// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "ClaimGraph",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "claimgraph", targets: ["claimgraph"]),
    .library(name: "Extraction", targets: ["Extraction"]),
    .library(name: "ClaimGraph", targets: ["ClaimGraph"]),
    .library(name: "Serialization", targets: ["Serialization"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
  ],
  targets: [
    // libxml2 from the system (Debian: libxml2-dev).
    .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
    // MeCab from the system (Debian: libmecab-dev; its dictionary, mecab-ipadic-utf8, is found at run time).
    .systemLibrary(name: "CMeCab", providers: [.apt(["libmecab-dev"])]),
    // Snowball stemmers from the system (Debian: libstemmer-dev).
    .systemLibrary(name: "CStemmer", providers: [.apt(["libstemmer-dev"])]),
    // RDF terms, triples, graphs and vocabulary constants. No I/O, no dependencies.
    .target(name: "ClaimGraphModel"),
    // Reading documents, Unicode normalization and width folding, sentences, dates.
    .target(name: "ClaimGraphText"),
    // The pattern language and its engine: syntax, parser, matcher. No rule files, no YAML.
    .target(name: "Patterns", dependencies: ["ClaimGraphText"]),
    // The rule language: rule files, diagnostics with source locations; compiles patterns while loading.
    .target(
      name: "RuleLanguage", dependencies: ["ClaimGraphText", "Patterns", .product(name: "Yams", package: "Yams")]),
    // Matching rules against documents: entities, dates, parties, claims (no RDF).
    .target(name: "Extraction", dependencies: ["ClaimGraphText", "Patterns", "RuleLanguage"]),
    // What the CLI, the benchmark and a library user share: graph building, the claims view, the corpus run
    // (inputs, extraction, atomic output folder), entity merging and links, the ontology and shapes.
    .target(
      name: "ClaimGraph",
      dependencies: ["ClaimGraphModel", "ClaimGraphText", "Patterns", "RuleLanguage", "Extraction", "Serialization"],
      resources: [.copy("Resources")]
    ),
    // RDF/XML (libxml2), JSON-LD, N-Quads and Turtle writers.
    .target(name: "Serialization", dependencies: ["ClaimGraphModel", "CLibXML2"]),
    // Word and morpheme tokens: Japanese through MeCab, English with Snowball stems.
    .target(name: "Morphology", dependencies: ["CMeCab", "CStemmer"]),
    .executableTarget(
      name: "claimgraph",
      dependencies: [
        "ClaimGraph", "ClaimGraphModel", "Serialization",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "claimgraph-bench",
      dependencies: ["ClaimGraph", "ClaimGraphModel", "ClaimGraphText", "Patterns", "RuleLanguage", "Extraction", "Serialization"],
      path: "Benchmarks/claimgraph-bench"
    ),
    // Helpers the test targets share, low level: the repository root, its rule files and real rules, documents.
    .target(name: "RuleTestSupport", dependencies: ["ClaimGraphText", "RuleLanguage"], path: "Tests/RuleTestSupport"),
    // Helpers built on RuleTestSupport: the real extractor, the pipeline, broken rules, temporary folders.
    .target(
      name: "ClaimGraphTestSupport",
      dependencies: ["ClaimGraph", "ClaimGraphModel", "Extraction", "Serialization", "RuleTestSupport"],
      path: "Tests/ClaimGraphTestSupport"
    ),
    .executableTarget(name: "morphology-bench", dependencies: ["Morphology"], path: "Benchmarks/morphology-bench"),
    .testTarget(name: "ClaimGraphModelTests", dependencies: ["ClaimGraphModel"]),
    .testTarget(name: "ClaimGraphTextTests", dependencies: ["ClaimGraphText", "RuleLanguage", "RuleTestSupport"]),
    .testTarget(name: "PatternsTests", dependencies: ["Patterns", "ClaimGraphText"]),
    .testTarget(name: "RuleLanguageTests", dependencies: ["RuleLanguage", "Patterns", "RuleTestSupport"]),
    .testTarget(
      name: "ExtractionTests",
      dependencies: ["Extraction", "Patterns", "RuleLanguage", "ClaimGraphText", "RuleTestSupport"]),
    .testTarget(name: "MorphologyTests", dependencies: ["Morphology", "ClaimGraphText"]),
    .testTarget(name: "SerializationTests", dependencies: ["Serialization", "ClaimGraphModel"]),
    .testTarget(
      name: "ClaimGraphTests",
      dependencies: [
        "ClaimGraph", "ClaimGraphModel", "ClaimGraphText", "Extraction", "Serialization", "ClaimGraphTestSupport",
        "RuleTestSupport",
      ]
    ),
    .testTarget(
      name: "CLITests",
      dependencies: ["claimgraph", "ClaimGraph", "Serialization", "ClaimGraphTestSupport", "RuleTestSupport"],
      resources: [.copy("Fixtures")]
    ),
  ]
)
