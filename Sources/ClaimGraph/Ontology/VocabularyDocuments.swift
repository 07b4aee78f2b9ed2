import RuleLanguage

/// The ontology and the SHACL shapes of a rule set's vocabulary: the templates of `Resources/` with the classes
/// and predicates that `rules/vocabulary.yaml` declares, in the order it declares them, ready to render.
enum VocabularyDocuments {
  /// `ontology.ttl`: every class with its superclasses, labels, comment (and the note above it), every
  /// predicate with its labels, comment and CAMEO code.
  static func ontology(template: String, vocabulary: Vocabulary) -> VocabularyTemplate {
    var t = VocabularyTemplate(text: template)
    t.texts = counts(vocabulary)
    t.blocks["entity-classes"] = vocabulary.classes.map(classBlock).joined(separator: "\n\n")
    t.blocks["claim-predicates"] = vocabulary.predicates.map(predicateBlock).joined(separator: "\n\n")
    return t
  }

  /// `shapes.ttl`: a claim's predicate is one of the vocabulary's, an entity has exactly one of its classes.
  static func shapes(template: String, vocabulary: Vocabulary) -> VocabularyTemplate {
    var t = VocabularyTemplate(text: template)
    t.texts = counts(vocabulary)
    let classes = vocabulary.classes.map { "cg:" + $0.entityClass.name }
    t.lists["predicate-iris"] = vocabulary.predicates.map { "cg:" + $0.name }
    t.lists["class-iris"] = classes.enumerated().map { $0.offset == classes.count - 1 ? $0.element : $0.element + " ," }
    t.lists["class-alternatives"] = classes.map { "[ sh:class \($0) ]" }
    return t
  }

  /// How many classes and predicates there are, in words, and the first and last predicate.
  static func counts(_ vocabulary: Vocabulary) -> [String: String] {
    [
      "class-count": CountWords.english(vocabulary.classes.count),
      "predicate-count": CountWords.english(vocabulary.predicates.count),
      "predicate-count-ja": CountWords.japanese(vocabulary.predicates.count),
      "first-predicate": vocabulary.predicates.first.map { "cg:" + $0.name } ?? "",
      "last-predicate": vocabulary.predicates.last.map { "cg:" + $0.name } ?? "",
    ]
  }

  static func classBlock(_ c: ClassDefinition) -> String {
    var lines = c.note.map { $0.split(separator: "\n", omittingEmptySubsequences: false).map { "# " + $0 } } ?? []
    lines += ["cg:" + c.entityClass.name, "  a owl:Class ;"]
    if !c.superclasses.isEmpty { lines.append("  rdfs:subClassOf " + c.superclasses.joined(separator: " , ") + " ;") }
    lines += described(label: c.label, comment: c.comment, last: true)
    return lines.joined(separator: "\n")
  }

  static func predicateBlock(_ p: PredicateDefinition) -> String {
    var lines = ["cg:" + p.name, "  a owl:ObjectProperty ;"]
    lines += described(label: p.label, comment: p.comment, last: false)
    lines.append("  cg:cameoCode \(literal(p.cameoCode)) .")
    return lines.joined(separator: "\n")
  }

  /// The `rdfs:label` and `rdfs:comment` lines, the last ending the node (`.`) when `last`.
  static func described(label: BilingualText, comment: BilingualText?, last: Bool) -> [String] {
    let end = last ? " ." : " ;"
    let labels = "  rdfs:label \(literal(label.en))@en , \(literal(label.ja))@ja"
    guard let comment else { return [labels + end] }
    return [labels + " ;", "  rdfs:comment \(literal(comment.en))@en ,", "    \(literal(comment.ja))@ja" + end]
  }

  /// `text` as a Turtle string in double quotes.
  static func literal(_ text: String) -> String {
    var out = "\""
    for c in text.unicodeScalars {
      switch c {
      case "\\": out += "\\\\"
      case "\"": out += "\\\""
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default: out.unicodeScalars.append(c)
      }
    }
    return out + "\""
  }
}
