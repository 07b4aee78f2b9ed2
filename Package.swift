// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "ClaimGraph",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "claimgraph", targets: ["claimgraph"]),
    .library(name: "Extraction", targets: ["Extraction"]),
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
    // The rule language: rule files, patterns, diagnostics with source locations.
    .target(name: "RuleLanguage", dependencies: ["ClaimGraphText", .product(name: "Yams", package: "Yams")]),
    // Matching rules against documents and building the document graph.
    .target(name: "Extraction", dependencies: ["ClaimGraphModel", "ClaimGraphText", "RuleLanguage"]),
    // RDF/XML (libxml2), JSON-LD, N-Quads and Turtle writers.
    .target(name: "Serialization", dependencies: ["ClaimGraphModel", "CLibXML2"]),
    // Word and morpheme tokens: Japanese through MeCab, English with Snowball stems.
    .target(name: "Morphology", dependencies: ["CMeCab", "CStemmer"]),
    .executableTarget(
      name: "claimgraph",
      dependencies: [
        "ClaimGraphModel", "ClaimGraphText", "RuleLanguage", "Extraction", "Serialization",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      resources: [.copy("Resources")]
    ),
    .executableTarget(
      name: "claimgraph-bench",
      dependencies: ["ClaimGraphModel", "ClaimGraphText", "RuleLanguage", "Extraction", "Serialization"],
      path: "Benchmarks/claimgraph-bench"
    ),
    .executableTarget(name: "morphology-bench", dependencies: ["Morphology"], path: "Benchmarks/morphology-bench"),
    .testTarget(name: "ClaimGraphModelTests", dependencies: ["ClaimGraphModel"]),
    .testTarget(name: "ClaimGraphTextTests", dependencies: ["ClaimGraphText"]),
    .testTarget(name: "RuleLanguageTests", dependencies: ["RuleLanguage"]),
    .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "RuleLanguage", "ClaimGraphText", "ClaimGraphModel"]),
    .testTarget(name: "MorphologyTests", dependencies: ["Morphology", "ClaimGraphText"]),
    .testTarget(name: "SerializationTests", dependencies: ["Serialization", "ClaimGraphModel"]),
    .testTarget(
      name: "CLITests", dependencies: ["claimgraph", "Extraction", "Serialization"],
      resources: [.copy("Fixtures")]
    ),
  ]
)
