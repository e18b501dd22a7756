import Foundation
import Mustache

/// Every check × every environment that ran it: the `/hwcheck/` page and `/hwcheck.json`,
/// so a reader sees at a glance which systems still show a problem.
struct CheckMatrix: Sendable {
    struct Row: Sendable {
        var post: Post
        var snippet: ProbeSnippet
        /// One cell per environment, in `environments` order; nil where it never ran.
        var cells: [Cell?]
    }

    struct Cell: Sendable {
        var state: CheckState
        var ranAt: String
    }

    let environments: [CheckEnvironment]
    let rows: [Row]

    init(checked: [HardwareCheckFeature.PostChecks]) {
        // An environment seen in several posts is described as its latest run saw it.
        var latest: [String: CheckRecord] = [:]
        for record in checked.flatMap(\.records) {
            if let known = latest[record.environment.id], known.ranAt >= record.ranAt { continue }
            latest[record.environment.id] = record
        }
        let ordered = latest.values.map(\.environment).sorted {
            ($0.label.lowercased(), $0.id) < ($1.label.lowercased(), $1.id)
        }
        self.environments = ordered
        rows = checked.flatMap { entry in
            entry.snippets.map { snippet in
                let cells = ordered.map { environment -> Cell? in
                    guard
                        let record = entry.records.first(where: {
                            $0.environment.id == environment.id
                        }), let result = record.checks.first(where: { $0.id == snippet.id })
                    else { return nil }
                    return Cell(
                        state: CheckState(result: result, currentHash: snippet.hash),
                        ranAt: record.ranAt)
                }
                return Row(post: entry.post, snippet: snippet, cells: cells)
            }
        }
    }

    func templateValues() -> [String: MustacheValue] {
        [
            "environments": .array(
                environments.map { environment in
                    [
                        "label": .string(environment.label),
                        "system": .string(environment.system),
                        "pcsc": .string(environment.pcsc),
                        "probe": .string(environment.probe),
                        "has_readers": .bool(!environment.readers.isEmpty),
                        "readers": .array(
                            environment.readers.map { reader in
                                [
                                    "name": .string(reader.name),
                                    "atr": reader.atr.map(MustacheValue.string) ?? .null,
                                ]
                            }),
                    ]
                }),
            "rows": .array(
                rows.map { row in
                    [
                        "post_title": .string(row.post.title),
                        "post_url": .string(row.post.sitePath),
                        "id": .string(row.snippet.id),
                        "command": .string(row.snippet.commandLine),
                        "cells": .array(
                            row.cells.map { cell in
                                guard let cell else { return ["ran": false] }
                                return [
                                    "ran": true,
                                    "label": .string(cell.state.label),
                                    "date": .string(String(cell.ranAt.prefix(10))),
                                    "reason": cell.state.note.map(MustacheValue.string) ?? .null,
                                ]
                            }),
                    ]
                }),
            "has_rows": .bool(!rows.isEmpty),
        ]
    }

    /// The matrix as JSON (schema 1): environments, and per check its results by environment.
    func json(baseURL: String) throws -> String {
        struct Document: Encodable {
            var schema = 1
            var environments: [CheckEnvironment]
            var checks: [Check]
        }
        struct Check: Encodable {
            var post: String
            var url: String
            var id: String
            var command: String
            var snippetHash: String
            var reproduces: String?
            var results: [Result]

            enum CodingKeys: String, CodingKey {
                case post, url, id, command, reproduces, results
                case snippetHash = "snippet_hash"
            }
        }
        struct Result: Encodable {
            var environment: String
            var verdict: String
            var stale: Bool
            var ranAt: String
            var reason: String?

            enum CodingKeys: String, CodingKey {
                case environment, verdict, stale, reason
                case ranAt = "ran_at"
            }
        }
        let checks = rows.map { row in
            Check(
                post: row.post.sourcePath, url: baseURL + row.post.sitePath,
                id: row.snippet.id, command: row.snippet.commandLine,
                snippetHash: row.snippet.hash, reproduces: row.snippet.reproduces,
                results: zip(environments, row.cells).compactMap { environment, cell in
                    cell.map {
                        Result(
                            environment: environment.id, verdict: $0.state.verdict.rawValue,
                            stale: $0.state.isStale, ranAt: $0.ranAt, reason: $0.state.note)
                    }
                })
        }
        return try CheckRecordStore.encode(Document(environments: environments, checks: checks))
    }
}
