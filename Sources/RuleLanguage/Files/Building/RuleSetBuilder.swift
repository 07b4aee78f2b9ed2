import ClaimGraphText

/// Reads rule files into a `RuleSet`: the vocabulary first, then each file's language, named sub-patterns and
/// overlap policy; `finish` then reads every file's entries and rules (see the readers), validates the
/// references between them and assembles the rule set, collecting every error with its location.
struct RuleSetBuilder {
  /// A rule file parsed as YAML, with its language.
  struct ParsedFile {
    let path: String
    let map: YAMLMapping
    let language: Language?
  }
  var parsed: [ParsedFile] = []
  var errors: [Diagnostic] = []
  var warnings: [Diagnostic] = []
  /// The classes and predicates every other file is checked against (read first).
  var vocabulary: Vocabulary?
  /// Named sub-patterns, their compilation and use (see `PatternDefinitions`).
  var definitions = PatternDefinitions()
  var policy: OverlapPolicy = .longestFirst
  /// Examples written under a rule rather than at the end of the file, by file.
  var ruleExamples: [String: [RuleExample]] = [:]
  /// Entity ids named by role-affiliations, checked against the gazetteer at the end.
  var roleAffiliationRefs: [(EntityKey, SourceLocation)] = []

  /// Reads `vocabulary.yaml` (or reports that it is missing).
  mutating func readVocabulary(_ file: (path: String, text: String)?) {
    guard let file else {
      let location = SourceLocation(file: VocabularyReader.path, line: 1, column: 1)
      errors.append(Diagnostic(location, "missing file (it declares the entity classes and claim predicates)"))
      return
    }
    do {
      vocabulary = try VocabularyReader.read(text: file.text, path: file.path)
    } catch let d as Diagnostic {
      errors.append(d)
    } catch {
      errors.append(Diagnostic(SourceLocation(file: file.path, line: 1, column: 1), "\(error)"))
    }
  }

  /// Parses a rule file and reads what the other files may need first: its language, its named sub-patterns
  /// and the overlap policy.
  mutating func read(path: String, text: String) {
    do {
      let map = try YAMLParsing.parse(text, file: path).mapping("a rule file")
      var language: Language? = nil
      if let l = try map.optionalString("language") {
        guard let v = Language(rawValue: l) else {
          throw map.optional("language")!.fail("unknown language '\(l)' (expected ja or en)")
        }
        language = v
      }
      if let d = map.optional("define") { try readDefinitions(d, language: language) }
      if let o = try map.optionalString("overlap") {
        guard let p = OverlapPolicy(rawValue: o) else {
          throw map.optional("overlap")!.fail(
            "unknown overlap policy '\(o)' (expected longest-first or priority-first)")
        }
        policy = p
      }
      parsed.append(ParsedFile(path: path, map: map, language: language))
    } catch let d as Diagnostic {
      errors.append(d)
    } catch {
      errors.append(Diagnostic(SourceLocation(file: path, line: 1, column: 1), "\(error)"))
    }
  }

  mutating func readDefinitions(_ value: YAMLValue, language: Language?) throws {
    let dm = try value.mapping("'define'")
    let key = language?.rawValue ?? "any"
    for e in dm.entries {
      if definitions.isDefined(e.key, scope: key) {
        errors.append(Diagnostic(e.keyLocation, "duplicate pattern name '\(e.key)'"))
        continue
      }
      do {
        definitions.sources[key, default: [:]][e.key] = (try e.value.requireString("a pattern"), e.value.location)
      } catch let d as Diagnostic { errors.append(d) } catch {}
    }
    _ = dm.unknownKeys(in: "define", allowed: [])
  }

  /// The class named `name` (a `class:` value), or an error naming the declared classes.
  func entityClass(_ name: String, at v: YAMLValue, what: String) throws -> EntityClass {
    guard let vocabulary, let c = vocabulary.entityClass(named: name) else {
      let known = vocabulary?.classNames.joined(separator: ", ") ?? ""
      throw v.fail("\(what): unknown class '\(name)' (expected one of \(known))")
    }
    return c
  }

  /// Checks a predicate name against the vocabulary (`what` prefixes the message).
  func checkPredicate(_ name: String, at v: YAMLValue, what: String) throws {
    guard let vocabulary, vocabulary.hasPredicate(name) else {
      let known = vocabulary?.predicateNamesSorted.joined(separator: ", ") ?? ""
      throw v.fail("\(what)unknown predicate '\(name)' (expected one of \(known))")
    }
  }

  /// Records the error a reader threw and goes on.
  mutating func collect(_ body: (inout RuleSetBuilder) throws -> Void) {
    do { try body(&self) } catch let d as Diagnostic { errors.append(d) } catch {}
  }
}
