package org.parley.app.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;

/** Checks that an image file is what its name says and has something drawn in it. */
final class Images {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private Images() {
    }

    /** A PNG of the given size (when positive) whose pixels take many colours (not a blank or one-colour image). */
    static BufferedImage assertPng(byte[] bytes, int width, int height) throws IOException {
        assertTrue(bytes.length > 8, "a PNG of " + bytes.length + " bytes");
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(bytes, 8), "the PNG signature");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        assertNotNull(image, "ImageIO reads the PNG");
        if (width > 0) {
            assertEquals(width, image.getWidth(), "width");
            assertEquals(height, image.getHeight(), "height");
        }
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 30, "a drawn image has many colours (text, markers, lines), got "
                + colours.size());
        return image;
    }

    /** An SVG document: the root element is {@code svg} of the given width, with many drawn shapes and text. */
    static void assertSvg(byte[] bytes, int width) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setExpandEntityReferences(false);
        f.setXIncludeAware(false);
        Element root = f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes)).getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        assertEquals(width + "px", root.getAttribute("width"));
        int shapes = 0;
        for (String tag : new String[] {"path", "ellipse", "line", "rect", "polygon", "polyline", "circle"}) {
            shapes += root.getElementsByTagNameNS("http://www.w3.org/2000/svg", tag).getLength();
        }
        int paths = root.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path").getLength();
        assertTrue(shapes > 100, "an SVG plot draws many shapes, got " + shapes);
        assertTrue(paths > 20, "an SVG plot draws its text as outlined paths, got " + paths);
    }
}
