import Foundation
import Testing

@testable import CardPressKit

@Suite("Server redirect maps")
struct ServerMapTests {
    /// The old paths (as a browser sends them) and where each must land.
    static let expected: [(request: String, target: String)] = [
        ("/2021/10/reader-setup.html", "/posts/2021/10/setup/"),
        ("/2021/10/reader-setup.html?m=1", "/posts/2021/10/setup/"),
        ("/2021/10/old-name.html?m=0", "/posts/2021/10/setup/"),
        ("/search/label/Mac%20OS%20X", "/categories/mac-os-x/"),
        ("/feeds/posts/default?alt=rss", "/rss.xml"),
        ("/p/about.html", "/about/#team"),
    ]

    @Test("_redirects has one permanent rule per old path, percent-encoded")
    func netlify() throws {
        let site = try RedirectSite.make()
        try site.build()
        var rules: [String: String] = [:]
        for line in try site.read("output/_redirects").split(separator: "\n")
        where !line.hasPrefix("#") {
            let fields = line.split(separator: " ")
            #expect(fields.count == 3)
            #expect(fields.last == "301")
            rules[String(fields[0])] = String(fields[1])
        }
        for (request, target) in Self.expected where !request.contains("?") {
            #expect(rules[request] == target)
        }
        #expect(rules["/elsewhere.html"] == "https://pcsclite.apdu.fr/")
    }

    @Test("the .htaccess rules match the decoded path, drop the query, keep the fragment")
    func apache() throws {
        let site = try RedirectSite.make(baseURL: "https://cards.example.org/blog/")
        try site.build()
        let text = try site.read("output/.htaccess")
        #expect(text.split(separator: "\n").contains("RewriteEngine On"))
        let rule = try Regex(#"^RewriteRule "\^(.*)\$" "([^"]*)" \[(.*)\]$"#)
        var rules: [String: (String, String)] = [:]
        for line in text.split(separator: "\n") where line.hasPrefix("RewriteRule") {
            let match = try #require(try rule.wholeMatch(in: String(line)))
            let pattern = String(match.output[1].substring ?? "")
            let path = pattern.replacingOccurrences(of: "\\", with: "")
            rules[path] = (
                String(match.output[2].substring ?? ""), String(match.output[3].substring ?? "")
            )
        }
        let label = try #require(rules["blog/search/label/Mac OS X"])
        #expect(label.0 == "/blog/categories/mac-os-x/")
        #expect(label.1.split(separator: ",").contains("QSD"))
        #expect(label.1.split(separator: ",").contains("R=301"))
        #expect(rules["blog/p/about.html"]?.0 == "/blog/about/#team")
        #expect(rules["blog/2021/10/reader-setup.html"]?.0 == "/blog/posts/2021/10/setup/")
    }

    @Test(
        "nginx accepts the map and answers each old path with 301 and its Location",
        .enabled(if: nginxExecutable() != nil, "Debian's nginx is not installed"))
    func nginx() throws {
        let nginx = try #require(Self.nginxExecutable())
        let site = try RedirectSite.make()
        try site.build()
        let prefix = site.folder.appendingPathComponent("nginx")
        try FileManager.default.createDirectory(
            at: prefix.appendingPathComponent("logs"), withIntermediateDirectories: true)
        let port = UInt16.random(in: 20_000...40_000)
        let output = site.folder.appendingPathComponent("output").path
        let config = """
            worker_processes 1;
            daemon off;
            pid \(prefix.path)/nginx.pid;
            error_log \(prefix.path)/logs/error.log;
            events { worker_connections 64; }
            http {
                access_log off;
                client_body_temp_path \(prefix.path)/body;
                proxy_temp_path \(prefix.path)/proxy;
                fastcgi_temp_path \(prefix.path)/fastcgi;
                uwsgi_temp_path \(prefix.path)/uwsgi;
                scgi_temp_path \(prefix.path)/scgi;
                include \(output)/nginx-redirects.conf;
                server {
                    listen 127.0.0.1:\(port);
                    root \(output);
                    if ($cardpress_redirect) { return 301 $cardpress_redirect; }
                }
            }
            """
        let configFile = prefix.appendingPathComponent("nginx.conf")
        try Data(config.utf8).write(to: configFile)

        let test = try Self.run(nginx, ["-t", "-p", prefix.path, "-c", configFile.path])
        #expect(test.status == 0, "nginx -t: \(test.output)")

        let server = Process()
        server.executableURL = nginx
        server.arguments = ["-p", prefix.path, "-c", configFile.path]
        server.standardError = FileHandle.nullDevice
        try server.run()
        defer {
            server.terminate()
            server.waitUntilExit()
        }
        #expect(HTTPProbe.waitForServer(port: port), "nginx did not start")

        for (request, target) in Self.expected {
            let answer = try #require(HTTPProbe.get(port: port, path: request), "\(request)")
            #expect(answer.status == 301, "\(request)")
            let location = answer.location ?? ""
            #expect(location.hasSuffix(target), "\(request) → \(location)")
            #expect(!location.contains("?m="), "\(request) → \(location)")
        }
        let page = try #require(HTTPProbe.get(port: port, path: "/posts/2021/10/setup/"))
        #expect(page.status == 200)
        let external = try #require(HTTPProbe.get(port: port, path: "/elsewhere.html"))
        #expect(external.location == "https://pcsclite.apdu.fr/")
    }

    static func nginxExecutable() -> URL? {
        ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx"]
            .first { FileManager.default.isExecutableFile(atPath: $0) }
            .map { URL(fileURLWithPath: $0) }
    }

    private static func run(_ tool: URL, _ arguments: [String]) throws -> (
        status: Int32, output: String
    ) {
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
