/// PC/SC's list format: strings each ended by NUL, the list ended by an empty string.
enum MultiString {
    static func split(_ chars: some Collection<CChar>) -> [String] {
        var names: [String] = []
        var current: [UInt8] = []
        for char in chars {
            if char == 0 {
                if current.isEmpty {
                    break
                }
                names.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            } else {
                current.append(UInt8(bitPattern: char))
            }
        }
        if !current.isEmpty {
            names.append(String(decoding: current, as: UTF8.self))
        }
        return names
    }
}
