public enum ManPage { public static var roff: String { "" } }
