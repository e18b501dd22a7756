import Foundation
import Testing

@testable import CardPressKit

@Suite("bugs.json, schema version 1")
struct BugJSONTests {
    @Test("the whole database with its schema version, sorted, optional keys left out")
    func document() throws {
        let site = try BugSite.make([
            ("posts/2023/scardcontrol.md", BugSite.scardControl),
            ("posts/2023/race.md", BugSite.race),
        ])
        try site.build()
        let data = Data(try site.read("output/bugs.json").utf8)
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(root["schema"] as? Int == 1)
        #expect(root["site"] as? String == "https://cards.example.org/")
        let bugs = try #require(root["bugs"] as? [[String: Any]])
        #expect(bugs.compactMap { $0["id"] as? String } == ["sonoma-race", "sonoma-scardcontrol"])

        let race = bugs[0]
        #expect(race["status"] as? String == "open")
        #expect(race["fixed_in"] == nil)
        #expect(race["releases"] as? [String] == ["14"])

        let fixed = bugs[1]
        #expect(fixed["fixed_in"] as? String == "14.3")
        #expect(fixed["affected"] as? String == ">=14.0 <14.3")
        #expect(
            fixed["url"] as? String
                == "https://cards.example.org/posts/2023/10/scardcontrol/#bug-sonoma-scardcontrol")
        let refs = try #require(fixed["refs"] as? [[String: Any]])
        #expect(
            refs.compactMap { $0["kind"] as? String } == ["apple-feedback", "debian", "github"])
        #expect(refs[0]["url"] == nil)
        let history = try #require(fixed["history"] as? [[String: Any]])
        #expect(
            history.compactMap { $0["date"] as? String }
                == ["2023-07-28", "2023-11-06", "2024-02-05"])
        #expect(
            history.last?["guid"] as? String
                == "tag:cards.example.org,2024-02-05:bug/sonoma-scardcontrol/1")
        let post = try #require(fixed["post"] as? [String: Any])
        #expect(post["source"] as? String == "posts/2023/scardcontrol.md")
    }

    @Test("two builds write the same bytes")
    func deterministic() throws {
        let site = try BugSite.make([
            ("posts/2023/scardcontrol.md", BugSite.scardControl),
            ("posts/2023/race.md", BugSite.race),
        ])
        try site.build()
        let first = try site.read("output/bugs.json")
        let firstPage = try site.read("output/bugs/macos/14/index.html")
        try site.build(output: "again")
        #expect(try site.read("again/bugs.json") == first)
        #expect(try site.read("again/bugs/macos/14/index.html") == firstPage)
    }
}
