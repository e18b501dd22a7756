/// The words the generated posts are made of: the smart card knowledge base's own subjects,
/// so titles, tags and code look like the real site's and slugs have realistic lengths.
enum Vocabulary {
    /// About sixty tags; none differ from another only by case or slug.
    static let tags = [
        "pcsc-lite", "CCID", "macOS", "Sonoma", "Ventura", "Monterey", "Big Sur", "Catalina",
        "Sequoia", "Windows", "Debian", "Ubuntu", "Fedora", "Arch", "FreeBSD", "Raspberry Pi",
        "SCardControl", "SCardTransmit", "SCardConnect", "SCardGetStatusChange",
        "SCardEstablishContext", "SCardBeginTransaction", "SCardReconnect", "SCardStatus",
        "CryptoTokenKit", "OpenSC", "PKCS11", "PIV", "OpenPGP card", "YubiKey", "Nitrokey",
        "GemPC", "Omnikey", "Cherry", "SCM", "Identiv", "ACS", "Feitian", "Kobil", "Reiner SCT",
        "pinpad", "contactless", "NFC", "ATR", "APDU", "T=0", "T=1", "extended APDU", "firmware",
        "USB", "udev", "systemd", "polkit", "Flatpak", "Snap", "Python", "Java", "Rust",
        "Go", "pyscard", "FAQ", "release",
    ]

    /// Ten categories, one per post.
    static let categories = [
        "pcsc-lite", "CCID driver", "macOS", "Windows", "Linux", "Readers", "Cards",
        "Programming", "Security", "News",
    ]

    /// Subjects for titles and sentences.
    static let subjects = [
        "SCardControl()", "SCardTransmit()", "SCardConnect()", "SCardGetStatusChange()",
        "SCardReconnect()", "SCardBeginTransaction()", "the CCID driver", "pcscd",
        "the reader firmware", "CryptoTokenKit", "the pinpad", "the contactless interface",
        "the PIV applet", "OpenSC", "the PKCS#11 module", "libusb", "the ATR parser",
    ]

    /// Verb phrases for titles and sentences.
    static let verbs = [
        "returns", "hangs on", "fails with", "ignores", "reports", "times out after",
        "loses", "corrupts", "retries", "blocks", "accepts", "rejects", "silently drops",
    ]

    /// Objects for titles and sentences.
    static let objects = [
        "SCARD_E_NOT_TRANSACTED", "SCARD_E_TIMEOUT", "SCARD_W_REMOVED_CARD",
        "SCARD_E_SHARING_VIOLATION", "SCARD_E_NO_SERVICE", "SCARD_E_SERVICE_STOPPED",
        "SCARD_E_INSUFFICIENT_BUFFER", "an extended APDU", "the second reader",
        "a card removal event", "the escape command", "a T=1 chained response",
        "the PIN verification", "a waiting time extension", "the USB interrupt",
    ]

    /// Plain words for filler prose.
    static let words = [
        "reader", "card", "driver", "daemon", "session", "context", "handle", "command",
        "response", "buffer", "timeout", "release", "update", "user", "log", "trace",
        "kernel", "device", "slot", "token", "applet", "protocol", "interface", "bug",
        "fix", "patch", "version", "build", "test", "report", "issue", "workaround",
        "the", "a", "with", "after", "before", "when", "while", "and", "but", "so", "then",
        "every", "some", "this", "that", "is", "was", "works", "fails", "again", "now",
        "still", "only", "first", "second", "new", "old", "same", "other", "simple",
    ]

    /// Reader names for tables and bug records.
    static let readers = [
        "Gemalto USB GemPCPinpad SmartCard Reader", "HID Global OMNIKEY 3x21 Smart Card Reader",
        "Cherry KC 1000 SC", "SCM Microsystems SCR 3310", "Identiv uTrust 3700 F",
        "ACS ACR122U PICC Interface", "Feitian bR301", "Kobil KAAN Advanced",
        "REINER SCT cyberJack RFID komfort", "Yubico YubiKey OTP+FIDO+CCID",
    ]

    /// Platforms for bug records and tables.
    static let platforms = ["macOS", "Windows", "Debian", "pcsc-lite", "Ubuntu", "Fedora"]

    /// Components for bug records.
    static let components = [
        "PC/SC", "CryptoTokenKit", "CCID driver", "pcscd", "libusb", "reader firmware",
    ]

    /// External sites the links point to.
    static let linkTargets = [
        "https://pcsclite.apdu.fr/api/group__API.html",
        "https://ccid.apdu.fr/ccid/supported.html",
        "https://github.com/LudovicRousseau/PCSC/issues/",
        "https://github.com/LudovicRousseau/CCID/issues/",
        "https://bugs.debian.org/",
        "https://salsa.debian.org/rousseau/PCSC/-/commits/",
        "https://developer.apple.com/documentation/cryptotokenkit",
        "https://learn.microsoft.com/en-us/windows/win32/api/winscard/",
    ]
}
