package org.capexlens.io.sec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.capexlens.domain.Company;
import org.capexlens.io.ImportException;
import org.capexlens.io.Location;
import org.capexlens.text.Messages;

/**
 * Reads an EDGAR company-facts JSON file with Jackson's streaming parser, keeping only the concepts asked for: a
 * large company's file holds thousands of concepts (several megabytes) of which the import needs a dozen, and the
 * others are skipped without building them. Units other than {@code USD} and {@code pure} are skipped too.
 *
 * <p>A file that is not JSON, or not in the company-facts shape, is an {@link ImportException} located at the
 * file, {@code facts}, the line, and the JSON path.
 */
public final class CompanyFactsParser {
    private static final Logger LOG = Logger.getLogger(CompanyFactsParser.class.getName());
    private static final JsonFactory FACTORY = new JsonFactory();
    static final String SHEET = "facts";

    private final Set<String> wanted;

    /** @param wanted  the concepts to keep ({@code us-gaap:Revenues} …), not {@code null}. */
    public CompanyFactsParser(Set<String> wanted) {
        this.wanted = Set.copyOf(wanted);
    }

    /** Reads a file; a missing or unreadable file is an {@link ImportException.Kind#IO} failure. */
    public CompanyFacts read(Path file) throws ImportException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, name);
        } catch (NoSuchFileException e) {
            throw ImportException.io(Location.ofFile(name), Messages.get("import.file.notFound", file), e);
        } catch (IOException e) {
            LOG.log(Level.FINE, "reading " + file, e);
            throw ImportException.io(Location.ofFile(name), Messages.get("import.file.ioError", file), e);
        }
    }

    /** Reads company facts from a stream (not closed). */
    public CompanyFacts read(InputStream in, String fileName) throws ImportException, IOException {
        try (JsonParser p = FACTORY.createParser(in)) {
            return parse(p, fileName);
        } catch (JsonProcessingException e) {
            LOG.log(Level.FINE, "malformed company facts " + fileName, e);
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : Math.max(0, at.getLineNr());
            throw ImportException.invalid(new Location(fileName, SHEET, line, ""),
                    Messages.get("sec.parse.malformed", fileName), e);
        }
    }

    private CompanyFacts parse(JsonParser p, String file) throws IOException, ImportException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw shape(p, file, "");
        }
        String cik = null;
        String entity = "";
        Map<String, List<SecFact>> facts = new HashMap<>();
        List<String> skipped = new ArrayList<>();
        boolean sawFacts = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            switch (field) {
                case "cik" -> cik = cik(p, t, file);
                case "entityName" -> entity = t == JsonToken.VALUE_STRING ? p.getText() : entity;
                case "facts" -> {
                    if (t != JsonToken.START_OBJECT) {
                        throw shape(p, file, "facts");
                    }
                    sawFacts = true;
                    taxonomies(p, file, facts, skipped);
                }
                default -> p.skipChildren();
            }
        }
        if (cik == null || !sawFacts) {
            throw ImportException.invalid(Location.ofFile(file), Messages.get("sec.parse.notCompanyFacts", file));
        }
        facts.replaceAll((k, v) -> List.copyOf(v));
        return new CompanyFacts(cik, entity, facts, file, skipped);
    }

    private static String cik(JsonParser p, JsonToken t, String file) throws IOException, ImportException {
        String text = t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_STRING ? p.getText() : null;
        try {
            if (text != null && !Company.normalizeCik(text).isEmpty()) {
                return Company.normalizeCik(text);
            }
        } catch (IllegalArgumentException e) {
            // falls through to the located message
        }
        throw shape(p, file, "cik");
    }

    private void taxonomies(JsonParser p, String file, Map<String, List<SecFact>> out, List<String> skipped)
            throws IOException, ImportException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String taxonomy = p.currentName();
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw shape(p, file, "facts." + taxonomy);
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String concept = taxonomy + ":" + p.currentName();
                p.nextToken();
                if (!wanted.contains(concept)) {
                    p.skipChildren();
                    continue;
                }
                concept(p, file, concept, out.computeIfAbsent(concept, k -> new ArrayList<>()), skipped);
            }
        }
    }

    private static void concept(JsonParser p, String file, String concept, List<SecFact> out,
            List<String> skipped) throws IOException, ImportException {
        String path = "facts." + concept.replace(':', '.');
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw shape(p, file, path);
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if (!field.equals("units")) {
                p.skipChildren();
                continue;
            }
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw shape(p, file, path + ".units");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String unit = p.currentName();
                p.nextToken();
                if (!unit.equals("USD") && !unit.equals("pure")) {
                    // Never converted: the filings' own USD facts are the figures; another currency is named.
                    skipped.add(Messages.get("sec.note.unit", file, concept, unit));
                    p.skipChildren();
                    continue;
                }
                if (p.currentToken() != JsonToken.START_ARRAY) {
                    throw shape(p, file, path + ".units." + unit);
                }
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    SecFact f = fact(p, file, concept, unit, skipped);
                    if (f != null) {
                        out.add(f);
                    }
                }
            }
        }
    }

    /** One fact object; {@code null} (skipped) when it lacks an end, a value, an accession or a filing date. */
    private static SecFact fact(JsonParser p, String file, String concept, String unit, List<String> skipped)
            throws IOException {
        LocalDate start = null;
        LocalDate end = null;
        Double val = null;
        String rawVal = null;
        String accn = null;
        Integer fy = null;
        String fp = "";
        String form = "";
        LocalDate filed = null;
        String frame = "";
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            switch (field) {
                case "start" -> start = date(p, t);
                case "end" -> end = date(p, t);
                case "val" -> {
                    val = t.isNumeric() ? p.getDoubleValue() : null;
                    rawVal = t.isScalarValue() ? p.getText() : t.asString();
                    p.skipChildren();
                }
                case "accn" -> accn = t == JsonToken.VALUE_STRING ? p.getText() : null;
                case "fy" -> fy = t == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : null;
                case "fp" -> fp = t == JsonToken.VALUE_STRING ? p.getText() : "";
                case "form" -> form = t == JsonToken.VALUE_STRING ? p.getText() : "";
                case "filed" -> filed = date(p, t);
                case "frame" -> frame = t == JsonToken.VALUE_STRING ? p.getText() : "";
                default -> p.skipChildren();
            }
        }
        if (rawVal != null && (val == null || !Double.isFinite(val)) && end != null && accn != null) {
            // "NaN", "", null or an object where a number belongs: named, never read as 0.
            skipped.add(Messages.get("sec.note.notANumber", file, concept, String.valueOf(start), end.toString(),
                    accn, rawVal));
        }
        if (end == null || val == null || accn == null || filed == null || !Double.isFinite(val)) {
            return null;
        }
        return new SecFact(concept, unit, start, end, val, accn, fy, fp, form, filed, frame);
    }

    private static LocalDate date(JsonParser p, JsonToken t) throws IOException {
        if (t != JsonToken.VALUE_STRING) {
            p.skipChildren();
            return null;
        }
        try {
            return LocalDate.parse(p.getText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static ImportException shape(JsonParser p, String file, String path) {
        int line = p.currentLocation() == null ? 0 : Math.max(0, p.currentLocation().getLineNr());
        return ImportException.invalid(new Location(file, SHEET, line, path),
                Messages.get("sec.parse.shape", path.isEmpty() ? "(top)" : path));
    }
}
