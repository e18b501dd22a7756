extension PCSCError {
    /// What the user can do about the error, in one or two sentences; nil when the code's
    /// text says it all.
    public var advice: String? {
        if self.is(.noService) {
            return "pcscd is not running or not reachable. Start it with "
                + "'sudo systemctl start pcscd.socket' (or 'sudo pcscd' without systemd), "
                + "then run the command again."
        }
        if self.is(.sharingViolation) {
            return "Another process holds the card exclusively. Usual culprits: scdaemon "
                + "(gpgconf --kill scdaemon), pcsc_scan or opensc-tool left running, a browser "
                + "or p11-kit module; 'lsof /run/pcscd/pcscd.comm' lists pcscd clients."
        }
        if self.is(.noSmartcard) || self.is(.removedCard) {
            return "Insert a card in the reader, or use 'pcsc-probe wait card' to wait for one."
        }
        if self.is(.readerUnavailable) {
            return "The reader is listed but does not answer: replug it or check its driver."
        }
        if self.is(.commError) {
            return "The connection to pcscd broke (pcscd stopped or restarted); run again."
        }
        if self.is(.unsupportedFeature) {
            return "The reader driver does not implement this request."
        }
        if self.is(.notTransacted) {
            return "The card was removed or reset during the exchange; insert it and retry."
        }
        return nil
    }
}
