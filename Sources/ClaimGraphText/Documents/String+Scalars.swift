extension String {
  /// A string of the given scalars. Appends one scalar at a time: `UnicodeScalarView.append(contentsOf:)`
  /// costs time in the length of the whole view, so repeated calls on a growing view are quadratic.
  init(scalars: some Sequence<Unicode.Scalar>) {
    var view = String.UnicodeScalarView()
    for scalar in scalars { view.append(scalar) }
    self = String(view)
  }
}
