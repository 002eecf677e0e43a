package org.parley.app.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.knowm.xchart.style.markers.Marker;

/**
 * A marker drawn at a multiple of the chart's marker size, filled with the series colour and outlined in a darker
 * shade, so that a solution point stands out from the outcome cloud and two touching markers stay apart (XChart has
 * one marker size per chart).
 */
final class Glyph extends Marker {

    /** The shapes. */
    enum Kind {
        CIRCLE, SQUARE, DIAMOND, TRIANGLE_UP, TRIANGLE_DOWN, CROSS, STAR
    }

    private final Kind kind;
    private final double scale;

    Glyph(Kind kind, double scale) {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("a marker's scale must be positive, got " + scale);
        }
        this.kind = kind;
        this.scale = scale;
    }

    Kind kind() {
        return kind;
    }

    @Override
    public void paint(Graphics2D g, double x, double y, int markerSize) {
        double r = markerSize * scale / 2;
        Shape s = outline(kind, x, y, r);
        Paint fill = g.getPaint();
        Stroke stroke = g.getStroke();
        g.fill(s);
        Color edge = fill instanceof Color c ? c.darker().darker() : Color.DARK_GRAY;
        g.setPaint(new Color(edge.getRed(), edge.getGreen(), edge.getBlue()));
        g.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(s);
        g.setPaint(fill);
        g.setStroke(stroke);
    }

    static Shape outline(Kind kind, double x, double y, double r) {
        switch (kind) {
            case CIRCLE:
                return new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
            case SQUARE:
                return new Rectangle2D.Double(x - 0.85 * r, y - 0.85 * r, 1.7 * r, 1.7 * r);
            case DIAMOND:
                return polygon(new double[] {x, x + 1.15 * r, x, x - 1.15 * r}, new double[] {y - 1.15 * r, y,
                    y + 1.15 * r, y});
            case TRIANGLE_UP:
                return polygon(new double[] {x, x + r, x - r}, new double[] {y - 1.1 * r, y + 0.8 * r, y + 0.8 * r});
            case TRIANGLE_DOWN:
                return polygon(new double[] {x, x + r, x - r}, new double[] {y + 1.1 * r, y - 0.8 * r, y - 0.8 * r});
            case CROSS: {
                double w = 0.35 * r;
                return polygon(new double[] {x - w, x + w, x + w, x + r, x + r, x + w, x + w, x - w, x - w, x - r,
                    x - r, x - w}, new double[] {y - r, y - r, y - w, y - w, y + w, y + w, y + r, y + r, y + w, y + w,
                    y - w, y - w});
            }
            case STAR: {
                double[] xs = new double[10];
                double[] ys = new double[10];
                for (int k = 0; k < 10; k++) {
                    double rr = k % 2 == 0 ? 1.25 * r : 0.55 * r;
                    double a = -Math.PI / 2 + k * Math.PI / 5;
                    xs[k] = x + rr * Math.cos(a);
                    ys[k] = y + rr * Math.sin(a);
                }
                return polygon(xs, ys);
            }
            default:
                throw new IllegalStateException("unknown marker shape " + kind);
        }
    }

    private static Shape polygon(double[] xs, double[] ys) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            p.lineTo(xs[i], ys[i]);
        }
        p.closePath();
        return p;
    }
}
