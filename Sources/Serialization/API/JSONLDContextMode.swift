/// How a JSON-LD document carries its context.
public enum JSONLDContextMode: Sendable, Equatable {
  /// The whole context object is written into every document.
  case inline
  /// `"@context": "<url>"`: the context is published separately (see `jsonLDContextDocument(options:)`).
  case reference(String)
}
