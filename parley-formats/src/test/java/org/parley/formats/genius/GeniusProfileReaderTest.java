package org.parley.formats.genius;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parley.formats.genius.GeniusXmlTest.outcome;
import static org.parley.formats.genius.GeniusXmlTest.resource;
import static org.parley.formats.genius.SafeXmlTest.assertFails;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.Domain;
import org.parley.preference.Profile;

class GeniusProfileReaderTest {

    @TempDir
    Path dir;

    private final GeniusDomain coffee = GeniusXml.readGeniusDomain(resource("coffee-domain.xml"));

    private static final String BEAN = "<issue index=\"1\" name=\"Bean\" type=\"discrete\">"
            + "<item value=\"Arabica\" evaluation=\"10\"/><item value=\"Robusta\" evaluation=\"4\"/></issue>\n";
    private static final String MILK = "<issue index=\"2\" name=\"Milk\"><item value=\"Oat\" evaluation=\"3\"/></issue>\n";
    private static final String CUPS = "<issue index=\"3\" name=\"Cups\" type=\"integer\">"
            + "<evaluator ftype=\"linear\" slope=\"-0.25\" offset=\"1\"/></issue>\n";
    private static final String WEIGHTS = "<weight index=\"1\" value=\"0.5\"/><weight index=\"2\" value=\"0.2\"/>"
            + "<weight index=\"3\" value=\"0.3\"/>\n";

    /** A coffee profile: line 1 {@code <utility_space ...>}, line 2 objective, then the given lines from line 3. */
    private Path profile(String rootAttrs, String... lines) throws IOException {
        Path f = dir.resolve("p.xml");
        Files.writeString(f, "<utility_space" + rootAttrs + ">\n<objective index=\"0\" name=\"CoffeeOrder\">\n"
                + String.join("", lines) + "</objective>\n</utility_space>", StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void readsAValidProfile() throws IOException {
        Profile p = GeniusXml.readProfile(profile("", BEAN, MILK, CUPS, WEIGHTS), coffee);
        assertEquals(0.5 * 0.4 + 0.2 * 1 + 0.3 * 1, p.utility(outcome(coffee.domain(), "Robusta", "Oat", "1")), 1e-12);
        assertEquals(0.5, p.utility(outcome(coffee.domain(), "Arabica", "None", "5")), 1e-12,
                "values not listed score 0");
    }

    @Test
    void refusesAnUnknownIssueIndex() throws IOException {
        Path f = profile("", BEAN, MILK, "  <issue index=\"7\" name=\"Cups\" type=\"integer\"/>\n", WEIGHTS);
        assertFails(f, "5:3", "unknown issue index 7", () -> GeniusXml.readProfile(f, coffee));
    }

    @Test
    void refusesANegativeWeight() throws IOException {
        Path f = profile("", BEAN, MILK, CUPS, "<weight index=\"1\" value=\"0.5\"/><weight index=\"2\" value=\"-0.2\"/>"
                + "<weight index=\"3\" value=\"0.3\"/>\n");
        assertFails(f, "6:32", "the weight of issue 'Milk' (index 2) is negative (-0.2)",
                () -> GeniusXml.readProfile(f, coffee));
    }

    @Test
    void refusesANaNWeight() throws IOException {
        Path f = profile("", BEAN, MILK, CUPS, "<weight index=\"1\" value=\"NaN\"/><weight index=\"2\" value=\"0.2\"/>"
                + "<weight index=\"3\" value=\"0.3\"/>\n");
        assertFails(f, "6:1", "the weight of issue 'Bean' (index 1) is NaN", () -> GeniusXml.readProfile(f, coffee));
    }

    @Test
    void refusesAMissingWeight() throws IOException {
        Path f = profile("", BEAN, MILK, CUPS, "<weight index=\"1\" value=\"0.5\"/><weight index=\"2\" value=\"0.2\"/>\n");
        assertFails(f, "5:1", "issue 'Cups' (index 3) has no weight", () -> GeniusXml.readProfile(f, coffee));
    }

    @Test
    void refusesAWeightForAnUnknownIndex() throws IOException {
        Path f = profile("", BEAN, MILK, CUPS, WEIGHTS, "<weight index=\"9\" value=\"0.1\"/>\n");
        assertFails(f, "7:1", "weight for unknown index 9", () -> GeniusXml.readProfile(f, coffee));
    }

    @Test
    void refusesAnEvaluationForAValueTheDomainLacks() throws IOException {
        Path f = profile("", "<issue index=\"1\" name=\"Bean\"><item value=\"Arabica\" evaluation=\"1\"/>"
                + "<item value=\"Decaf\" evaluation=\"3\"/></issue>\n", MILK, CUPS, WEIGHTS);
        assertFails(f, "3:68", "issue 'Bean' has no value 'Decaf' in the domain", () -> GeniusXml.readProfile(f, coffee));
    }

    @Test
    void refusesANegativeEvaluation() throws IOException {
        Path f = profile("", "<issue index=\"1\" name=\"Bean\"><item value=\"Arabica\" evaluation=\"-1\"/></issue>\n",
                MILK, CUPS, WEIGHTS);
        assertFails(f, "3:30", "the evaluation of value 'Arabica' of issue 'Bean' is -1.0",
                () -> GeniusXml.readProfile(f, coffee));
    }

    @Test
    void refusesAProfileThatOmitsAnIssue() throws IOException {
        Path f = profile("", BEAN, MILK, WEIGHTS);
        assertFails(f, "1:1", "issue 'Cups' (index 3) of domain 'coffee-domain' is missing from the profile",
                () -> GeniusXml.readProfile(f, coffee));
    }

    @Test
    void refusesAnIssueOfTheWrongKind() throws IOException {
        Path f = profile("", BEAN, MILK, "<issue index=\"3\" name=\"Cups\"><item value=\"1\"/></issue>\n", WEIGHTS);
        assertFails(f, "5:1", "issue 'Cups' (index 3) is discrete here but integer in domain 'coffee-domain'",
                () -> GeniusXml.readProfile(f, coffee));
    }

    @Test
    void refusesConstraintSpaces() throws IOException {
        Path f = profile(" type=\"constraint\"", BEAN);
        assertFails(f, "1:1", "constraint utility spaces (Railway) are not supported",
                () -> GeniusXml.readProfile(f, coffee));
    }

    @Test
    void refusesThePriceIssueType() throws IOException {
        Path f = profile("", BEAN, MILK, "<issue index=\"3\" name=\"Cups\" type=\"price\"/>\n", WEIGHTS);
        assertFails(f, "5:1", "issue 'Cups' uses the old GENIUS price evaluator, which is not supported",
                () -> GeniusXml.readProfile(f, coffee));
    }

    @Test
    void refusesTheWrongRootElement() {
        Path f = resource("coffee-domain.xml");
        assertFails(f, "1:1", "expected root element <utility_space> (a GENIUS preference profile), "
                + "found <negotiation_template>", () -> GeniusXml.readProfile(f, coffee));
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        Path f = dir.resolve("empty.xml");
        Files.writeString(f, "");
        assertFails(f, "1:1", "the file is empty", () -> GeniusXml.readProfile(f, coffee));
    }

    @Test
    void letsARepeatedItemOverrideAndReadsNullEvaluationsAsZero() throws IOException {
        Path f = profile("", "<issue index=\"1\" name=\"Bean\"><item index=\"1\" value=\"Arabica\" evaluation=\"0\"/>"
                + "<item index=\"1\" value=\"Arabica\" evaluation=\"8\"/><item index=\"2\" value=\"Robusta\" "
                + "evaluation=\"null\"/><item index=\"3\" value=\"Blend\" evaluation=\"4\"/></issue>\n", MILK, CUPS,
                WEIGHTS);
        Profile p = GeniusXml.readProfile(f, coffee);
        assertEquals(0.5, p.utility(outcome(coffee.domain(), "Arabica", "None", "5")), 1e-12);
        assertEquals(0.0, p.utility(outcome(coffee.domain(), "Robusta", "None", "5")), 1e-12);
    }

    @Test
    void readsAnUnparseableDiscountAsNoDiscount() throws IOException {
        Path f = dir.resolve("disc.xml");
        Files.writeString(f, Files.readString(resource("coffee-profile.xml")).replace("value=\"0.8\"", "value=\"s\""));
        assertEquals(1.0, GeniusXml.readProfile(f, coffee).discountFactor());
        Files.writeString(f, Files.readString(resource("coffee-profile.xml"))
                .replace("<discount_factor value=\"0.8\"/>", "<discount_factor><value>0.89</value></discount_factor>"));
        assertEquals(0.89, GeniusXml.readProfile(f, coffee).discountFactor());
    }

    @Test
    void refusesUnsupportedNonlinearForms() throws IOException {
        GeniusDomain gd = GeniusXml.readGeniusDomain(resource("nonlinear-domain.xml"));
        String text = Files.readString(resource("nonlinear-profile.xml"));
        Path f = dir.resolve("nl.xml");
        Files.writeString(f, text.replaceFirst("aggregation=\"sum\"", "aggregation=\"max\""));
        assertFails(f, "9:7", "ufun aggregation 'max' is not supported", () -> GeniusXml.readProfile(f, gd));
        Files.writeString(f, text.replace("<EXCLUDES index=\"4\" min=\"4\" max=\"9\"/>",
                "<EXCLUDES index=\"4\" min=\"4\" max=\"9\"/><INCLUDES index=\"2\" min=\"0\" max=\"1\"/>"));
        assertFails(f, "16:9", "a hyperRectangle mixing INCLUDES and EXCLUDES is not supported",
                () -> GeniusXml.readProfile(f, gd));
        Files.writeString(f, text.replace("<INCLUDES index=\"4\" min=\"0\" max=\"0\"/>",
                "<INCLUDES index=\"7\" min=\"0\" max=\"0\"/>"));
        assertFails(f, "21:11", "unknown issue index 7", () -> GeniusXml.readProfile(f, gd));
    }
}
