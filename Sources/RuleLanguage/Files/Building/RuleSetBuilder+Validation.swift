/// Checks across files: references between gazetteer entries, the entity ids of role affiliations, and the
/// form of ids and labels.
extension RuleSetBuilder {
  mutating func validateReferences(_ parts: RuleSetParts) {
    // References between gazetteer entries must resolve.
    for e in parts.gazetteer {
      for (what, ref) in [("affiliation", e.affiliation), ("partOf", e.partOf), ("place", e.place)] {
        if let ref, parts.ids[ref] == nil {
          errors.append(Diagnostic(e.location, "entity '\(e.id)': \(what) '\(ref)' is not a known entity id"))
        }
      }
      for ref in e.members where parts.ids[ref] == nil {
        errors.append(Diagnostic(e.location, "entity '\(e.id)': member '\(ref)' is not a known entity id"))
      }
    }
    // (Checked when the rule set has a gazetteer: a partial rule set, such as a test's, may name ids it lacks.)
    for (ref, loc) in roleAffiliationRefs where !parts.ids.isEmpty && parts.ids[ref] == nil {
      errors.append(Diagnostic(loc, "role-affiliations: '\(ref)' is not a known entity id"))
    }
  }

  /// Whether a label has a character that no output format can carry.
  static func hasControlCharacter(_ s: String) -> Bool {
    s.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || $0.value == 0xFFFE || $0.value == 0xFFFF }
  }

  /// Whether an entity id is lower-case ASCII letters, digits, '-', '_' or '.'.
  static func isValidID(_ s: String) -> Bool {
    !s.isEmpty
      && s.unicodeScalars.allSatisfy {
        ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" || $0 == "."
      }
  }
}
