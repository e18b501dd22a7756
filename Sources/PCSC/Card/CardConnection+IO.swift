import CPCSCLite

extension CardConnection {
    /// Sends one command APDU and returns the whole response, status word included.
    public func transmit(_ command: [UInt8]) throws(PCSCError) -> [UInt8] {
        let pci: UnsafePointer<SCARD_IO_REQUEST>
        switch activeProtocol {
        case .t0: pci = cpcsc_pci_t0()
        case .raw: pci = cpcsc_pci_raw()
        default: pci = cpcsc_pci_t1()
        }

        var response = [UInt8](repeating: 0, count: Int(cpcsc_max_buffer_extended()))
        var length = DWORD(response.count)
        let result = SCardTransmit(
            handle, pci, command, DWORD(command.count), nil, &response, &length)
        try pcscCheck(result, "SCardTransmit")
        return Array(response.prefix(Int(length)))
    }

    /// Sends a control code to the reader driver (`SCardControl`).
    public func control(_ code: UInt32, _ input: [UInt8] = []) throws(PCSCError) -> [UInt8] {
        var output = [UInt8](repeating: 0, count: Int(cpcsc_max_buffer_extended()))
        var length: DWORD = 0
        let result = input.withUnsafeBytes { inBytes in
            SCardControl(
                handle,
                DWORD(code),
                inBytes.baseAddress,
                DWORD(input.count),
                &output,
                DWORD(output.count),
                &length
            )
        }
        try pcscCheck(result, "SCardControl")
        return Array(output.prefix(Int(length)))
    }

    /// Reads a reader attribute (`SCARD_ATTR_*`), e.g. the vendor name.
    public func attribute(_ id: ReaderAttribute) throws(PCSCError) -> [UInt8] {
        var output = [UInt8](repeating: 0, count: Int(MAX_BUFFER_SIZE))
        var length = DWORD(output.count)
        let result = SCardGetAttrib(handle, DWORD(id.rawValue), &output, &length)
        try pcscCheck(result, "SCardGetAttrib")
        return Array(output.prefix(Int(length)))
    }
}

/// Control codes: `SCARD_CTL_CODE(n)` as pcsc-lite defines it.
public enum ControlCode {
    /// `CM_IOCTL_GET_FEATURE_REQUEST`: asks the reader for its PC/SC part 10 features.
    public static var getFeatureRequest: UInt32 {
        UInt32(truncatingIfNeeded: cpcsc_get_feature_request())
    }

    /// `SCARD_CTL_CODE(code)`.
    public static func make(_ code: UInt32) -> UInt32 {
        UInt32(truncatingIfNeeded: cpcsc_ctl_code(DWORD(code)))
    }
}
