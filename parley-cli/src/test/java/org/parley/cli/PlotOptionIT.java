package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** One {@code --plot} rule for every command that draws: {@code .png} or {@code .svg}, anything else refused. */
class PlotOptionIT {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /** The commands with {@code --plot}, each given its output file. */
    private static List<String[]> commands(Path plot) {
        return List.of(AnalyzeCommandIT.concat(AnalyzeCommandIT.concat(new String[] {"analyze"},
                CliRunner.itex2010()), "--plot", plot.toString()),
                NegotiateCommandIT.itexA("--agents", "boulware", "conceder", "--rounds", "60", "--plot",
                        plot.toString()));
    }

    @Test
    void everyPlottingCommandWritesPngAndSvg(@TempDir Path dir) throws Exception {
        for (String ext : List.of("png", "svg", "SVG")) {
            Path plot = dir.resolve("plot." + ext);
            for (String[] args : commands(plot)) {
                Files.deleteIfExists(plot);
                CliRunner.Run run = CliRunner.run(args);
                assertEquals(0, run.exit(), args[0] + " ." + ext + ": " + run.err());
                byte[] bytes = Files.readAllBytes(plot);
                if (ext.equals("png")) {
                    assertArrayEquals(PNG, Arrays.copyOf(bytes, 8), args[0] + ": PNG signature");
                    BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
                    assertNotNull(image, args[0] + ": a readable PNG");
                    assertTrue(image.getWidth() >= 800 && image.getHeight() >= 600, args[0] + ": "
                            + image.getWidth() + "x" + image.getHeight());
                } else {
                    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                    f.setNamespaceAware(true);
                    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
                    Element root = f.newDocumentBuilder().parse(plot.toFile()).getDocumentElement();
                    assertEquals("svg", root.getLocalName(), args[0]);
                    assertTrue(root.getElementsByTagNameNS("*", "path").getLength() > 20, args[0] + ": drawn");
                }
                assertTrue(bytes.length > 20_000, args[0] + " ." + ext + ": " + bytes.length + " bytes");
            }
        }
    }

    @Test
    void everyPlottingCommandRefusesAnotherExtensionBeforeAnyWork(@TempDir Path dir) {
        Path gif = dir.resolve("plot.gif");
        for (String[] args : commands(gif)) {
            CliRunner.Run run = CliRunner.run(args);
            assertEquals(2, run.exit(), args[0]);
            assertEquals("parley: --plot " + gif + ": the file name must end in .png or .svg", run.err().strip());
            assertEquals("", run.out(), args[0] + " did no work");
            assertFalse(Files.exists(gif));
        }
        Path missing = dir.resolve("no-such-folder").resolve("plot.png");
        for (String[] args : commands(missing)) {
            CliRunner.Run run = CliRunner.run(args);
            assertEquals(2, run.exit(), args[0]);
            assertTrue(run.err().contains("--plot " + missing + ": folder ") && run.err().contains("does not exist"),
                    run.err());
        }
    }
}
