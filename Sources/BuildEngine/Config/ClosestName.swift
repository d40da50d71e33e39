/// The "did you mean" of every message that names an unknown thing: the known name within a small
/// edit distance of `name`, or nil. Ties go to the alphabetically first name, so a message is the same
/// on every run.
public func closestName(to name: String, among known: some Collection<String>) -> String? {
    guard let best = known.min(by: { (editDistance($0, name), $0) < (editDistance($1, name), $1) }),
        editDistance(best, name) <= max(2, name.count / 4)
    else { return nil }
    return best
}
