package org.capexlens.text;

/** The application's name and version, as written into exports and shown in Help ▸ About. */
public final class AppInfo {
    private AppInfo() {
    }

    /** The version from the jar manifest, or {@code dev} when running from classes. */
    public static String version() {
        String v = AppInfo.class.getPackage() == null ? null : AppInfo.class.getPackage().getImplementationVersion();
        return v == null || v.isBlank() ? "dev" : v;
    }

    /** {@code CapexLens <version>}. */
    public static String nameAndVersion() {
        return "CapexLens " + version();
    }
}
