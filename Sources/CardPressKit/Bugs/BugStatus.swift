/// Where a bug stands. The raw values are what authors write and what `bugs.json` carries.
public enum BugStatus: String, Sendable, CaseIterable, Comparable {
    case open
    case workaround
    case fixed
    case wontfix
    case cannotReproduce = "cannot-reproduce"

    /// The statuses in the order the contract lists them, for error messages.
    static let allowedText = "open, fixed, wontfix, workaround, cannot-reproduce"

    /// The order of the groups on `/bugs/`: what still bites first.
    public static func < (lhs: BugStatus, rhs: BugStatus) -> Bool {
        lhs.rank < rhs.rank
    }

    /// The heading of the status's group on `/bugs/`.
    var groupTitle: String {
        switch self {
        case .open: return "Open"
        case .workaround: return "Open, with a workaround"
        case .fixed: return "Fixed"
        case .wontfix: return "Will not be fixed"
        case .cannotReproduce: return "Cannot be reproduced"
        }
    }

    /// A status badge, with the classes the default theme styles.
    var badgeHTML: String {
        "<span class=\"badge badge-\(rawValue)\">\(rawValue)</span>"
    }

    private var rank: Int {
        switch self {
        case .open: return 0
        case .workaround: return 1
        case .wontfix: return 2
        case .cannotReproduce: return 3
        case .fixed: return 4
        }
    }
}
