package org.parley.app.report;

import java.util.Locale;

/**
 * The image formats of the plots (analysis plot, negotiation plot), chosen by the file name's extension. This type
 * loads no chart or AWT class, so a caller can check a file name before deciding to draw.
 */
public enum PlotFormat {
    /** A PNG bitmap. */
    PNG(".png"),
    /** An SVG vector image. */
    SVG(".svg");

    private final String extension;

    PlotFormat(String extension) {
        this.extension = extension;
    }

    /** The extension, with its dot ({@code .png}). */
    public String extension() {
        return extension;
    }

    /** The format of a file name ending in {@code .png} or {@code .svg} (any case), or null for another name. */
    public static PlotFormat of(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        for (PlotFormat f : values()) {
            if (n.endsWith(f.extension)) {
                return f;
            }
        }
        return null;
    }

    /** The extensions, for a message: {@code ".png or .svg"}. */
    public static String extensions() {
        return PNG.extension + " or " + SVG.extension;
    }
}
