package org.parley.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.formats.genius.GeniusXml;
import org.parley.formats.yaml.ParleyYaml;

/** Issue 13: a reservation value above 1 or below 0 was accepted silently; the readers refuse it at its position. */
class ReservationReadingTest {

    private static final Path ROOT = Path.of(System.getProperty("parley.scenarios", "../scenarios")).toAbsolutePath()
            .getParent();

    @TempDir
    Path tmp;

    @Test
    void parleyYamlRefusesAReservationOutsideTheUnitInterval() throws IOException {
        String coffee = Files.readString(ROOT.resolve("examples/coffee.yaml"));
        for (String r : new String[] {"1.5", "-0.5"}) {
            FormatException e = assertThrows(FormatException.class, () -> ParleyYaml.parse(coffee.replace(
                    "reservation: 0.35", "reservation: " + r), Path.of("coffee.yaml")));
            assertEquals("coffee.yaml:16:18: profile 'buyer' has reservation value " + Double.parseDouble(r)
                    + "; it must lie in [0, 1], as utilities do (" + (r.startsWith("-")
                            ? "0 already means that any agreement beats none"
                            : "above 1 no agreement could ever be accepted") + ")", e.getMessage());
        }
    }

    @Test
    void geniusXmlRefusesAReservationOutsideTheUnitInterval() throws IOException {
        Path dir = ROOT.resolve("scenarios/anac/anac__y2010__ItexvsCypress");
        Path domain = dir.resolve("ItexvsCypress_domain.xml");
        String itex = Files.readString(dir.resolve("ItexvsCypress_Itex.xml"));
        Path bad = Files.writeString(tmp.resolve("Itex.xml"), itex.replace("<reservation value=\"0\" />",
                "<reservation value=\"-0.5\" />"));
        FormatException e = assertThrows(FormatException.class,
                () -> GeniusXml.readProfile(bad, GeniusXml.readGeniusDomain(domain)));
        assertEquals(true, e.getMessage().contains("profile 'Itex' has reservation value -0.5; it must lie in [0, 1]"),
                e.getMessage());
    }
}
