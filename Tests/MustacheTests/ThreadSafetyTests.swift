import Dispatch
import Mustache
import Testing

@Suite("Thread safety")
struct ThreadSafetyTests {
    final class Results: @unchecked Sendable {
        var values: [String?]
        init(count: Int) { values = Array(repeating: nil, count: count) }
    }

    @Test func concurrentRendersMatchSerialOnes() throws {
        let library = TemplateLibrary(templates: [
            try Template(
                source: "{{<base}}{{$body}}{{#posts}}{{>row}}{{/posts}}{{/body}}{{/base}}",
                name: "page",
                path: "page.mustache"
            ),
            try Template(source: "<main>{{$body}}{{/body}}</main>", name: "base", path: "b"),
            try Template(source: "<p>{{title}} #{{n}}</p>\n", name: "row", path: "r"),
        ])
        let count = 200
        let contexts: [MustacheValue] = (0..<count).map { page in
            ["posts": .array((0..<5).map { ["title": .string("T<\(page)>"), "n": .int($0)] })]
        }
        let expected = try contexts.map { try library.render("page", context: $0) }

        let results = Results(count: count)
        let lock = NSLockish()
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let output = try? library.render("page", context: contexts[index])
            lock.withLock { results.values[index] = output }
        }

        #expect(results.values == expected.map { Optional($0) })
        #expect(expected[3].contains("T&lt;3&gt; #4"))
    }
}

/// A tiny lock over a serial queue, so the test needs no Foundation.
final class NSLockish: Sendable {
    private let queue = DispatchQueue(label: "results")
    func withLock(_ body: () -> Void) { queue.sync(execute: body) }
}
