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
    .testTarget(name: "ClaimGraphModelTests", dependencies: ["ClaimGraphModel"]),
    .testTarget(name: "ClaimGraphTextTests", dependencies: ["ClaimGraphText", "RuleLanguage"]),
    .testTarget(name: "RuleLanguageTests", dependencies: ["RuleLanguage"]),
    .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "RuleLanguage", "ClaimGraphText", "ClaimGraphModel"]),
    .testTarget(name: "SerializationTests", dependencies: ["Serialization", "ClaimGraphModel"]),
    .testTarget(
      name: "CLITests", dependencies: ["claimgraph", "Extraction", "Serialization"],
      resources: [.copy("Fixtures")]
    ),
  ]
)
