/// The version printed by `--version` and named in feeds' `generator`.
public enum CardPressVersion {
    public static let current = "0.1.0"
}
