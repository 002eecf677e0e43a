package org.parley.app.report;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * One image of one or more chart panels in a grid (row by row), under an optional title, written as PNG or SVG.
 * Every panel has the size of the first.
 *
 * @param title   the figure's title above the panels, or null for none (a single chart has its own)
 * @param panels  the charts, at least one
 * @param columns panels per row
 */
record Figure(String title, List<? extends Chart<?, ?>> panels, int columns) {

    private static final int TITLE_HEIGHT = 44;

    Figure {
        panels = List.copyOf(panels);
        if (panels.isEmpty()) {
            throw new IllegalArgumentException("a figure needs at least one panel");
        }
        if (columns < 1) {
            throw new IllegalArgumentException("a figure needs at least one column, got " + columns);
        }
        columns = Math.min(columns, panels.size());
    }

    /** A figure of one chart, without a figure title. */
    static Figure of(Chart<?, ?> chart) {
        return new Figure(null, List.of(chart), 1);
    }

    int rows() {
        return (panels.size() + columns - 1) / columns;
    }

    /** The image's width in pixels. */
    int width() {
        return columns * panels.get(0).getWidth();
    }

    /** The image's height in pixels. */
    int height() {
        return (title == null ? 0 : TITLE_HEIGHT) + rows() * panels.get(0).getHeight();
    }

    /** Writes the figure in {@code format} to {@code out} (which the caller closes). */
    void write(PlotFormat format, OutputStream out) throws IOException {
        Objects.requireNonNull(format, "format");
        System.setProperty("java.awt.headless", "true");
        if (format == PlotFormat.SVG) {
            VectorGraphics2D g = new VectorGraphics2D();
            paint(g);
            new SVGProcessor().getDocument(g.getCommands(), new PageSize(0, 0, width(), height())).writeTo(out);
        } else {
            BufferedImage image = new BufferedImage(width(), height(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            try {
                paint(g);
            } finally {
                g.dispose();
            }
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer in this Java runtime");
            }
        }
    }

    /** The figure as PNG bytes. */
    byte[] png() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        write(PlotFormat.PNG, bytes);
        return bytes.toByteArray();
    }

    private void paint(Graphics2D g) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width(), height());
        int top = 0;
        if (title != null) {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 19));
            g.setColor(Color.BLACK);
            FontMetrics fm = g.getFontMetrics();
            g.drawString(title, Math.max(10, (width() - fm.stringWidth(title)) / 2), 30);
            top = TITLE_HEIGHT;
        }
        int w = panels.get(0).getWidth();
        int h = panels.get(0).getHeight();
        for (int k = 0; k < panels.size(); k++) {
            Graphics2D sub = (Graphics2D) g.create((k % columns) * w, top + (k / columns) * h, w, h);
            try {
                panels.get(k).paint(sub, w, h);
            } finally {
                sub.dispose();
            }
        }
    }
}
