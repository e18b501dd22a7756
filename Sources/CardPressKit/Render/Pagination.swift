import Mustache

/// Index page numbering: `index.html`, then `index-2.html`, `index-3.html`, ...
enum Pagination {
    static func file(_ number: Int) -> String {
        number == 1 ? "index.html" : "index-\(number).html"
    }

    /// Links for page `current` of `total`: previous, next, and a window of page numbers
    /// around the current one (with the first and last), not a thousand links.
    static func value(current: Int, total: Int) -> MustacheValue {
        var numbers = Set([1, total])
        for number in max(1, current - 3)...min(total, current + 3) { numbers.insert(number) }
        var pages: [MustacheValue] = []
        var previous = 0
        for number in numbers.sorted() {
            if number - previous > 1 { pages.append(["gap": true]) }
            pages.append([
                "number": .int(number), "url": .string(file(number)),
                "is_current": .bool(number == current),
            ])
            previous = number
        }
        var value: [String: MustacheValue] = [
            "current": .int(current), "total": .int(total), "pages": .array(pages),
            "has_pages": .bool(total > 1),
        ]
        if current > 1 { value["previous"] = .string(file(current - 1)) }
        if current < total { value["next"] = .string(file(current + 1)) }
        return .object(value)
    }
}
