import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One plain HTTP/1.0 request over a socket to 127.0.0.1, so a test sees the server's own
/// answer (status and `Location`) rather than a client that follows redirects.
enum HTTPProbe {
    struct Answer {
        var status: Int
        var location: String?
    }

    static func get(port: UInt16, path: String) -> Answer? {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { return nil }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { return nil }
        let request = Array("GET \(path) HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n".utf8)
        guard send(socket, request, request.count, 0) == request.count else { return nil }
        var response: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = recv(socket, &buffer, buffer.count, 0)
            if count <= 0 { break }
            response += buffer[0..<count]
        }
        let head = String(decoding: response, as: UTF8.self).components(separatedBy: "\r\n\r\n")
        let lines = head.first?.components(separatedBy: "\r\n") ?? []
        guard let statusLine = lines.first?.split(separator: " "), statusLine.count >= 2,
            let status = Int(statusLine[1])
        else { return nil }
        let location = lines.first { $0.lowercased().hasPrefix("location:") }
            .map { String($0.dropFirst("location:".count)).trimmingCharacters(in: .whitespaces) }
        return Answer(status: status, location: location)
    }

    /// Waits until something accepts connections on the port.
    static func waitForServer(port: UInt16, seconds: Double = 10) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if get(port: port, path: "/") != nil { return true }
            usleep(50_000)
        }
        return false
    }
}
