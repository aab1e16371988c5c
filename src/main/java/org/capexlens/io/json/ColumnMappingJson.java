package org.capexlens.io.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.capexlens.io.AtomicFiles;
import org.capexlens.io.ColumnMapping;
import org.capexlens.io.ImportException;
import org.capexlens.io.Location;
import org.capexlens.io.WriteException;
import org.capexlens.text.Messages;

/**
 * Reads and writes the column mappings the dashboard remembers ({@code column-mappings.json} next to the
 * preferences):
 * <pre>
 * {"mappings": [{"sheet": "capex", "headers": ["company", "fiscalyear", "spend"],
 *                "columns": {"Spend": "capex_usd_b"}}]}
 * </pre>
 * {@code headers} are the normalised headers of the header row the mapping applies to, sorted.
 */
public final class ColumnMappingJson {
    /** The sheet part of every message's location. */
    public static final String SHEET = "column-mappings";
    /** Larger files are refused: a mapping is a few hundred bytes. */
    static final long MAX_BYTES = 1 << 20;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private ColumnMappingJson() {
    }

    /**
     * Reads a mappings file.
     *
     * @param path  the file, not {@code null}.
     * @return the mappings; {@link ColumnMapping#none()} when the file does not exist.
     * @throws ImportException  {@link ImportException.Kind#IO} when unreadable, {@link ImportException.Kind#INVALID}
     *                          when it is not a mappings file.
     */
    public static ColumnMapping read(Path path) throws ImportException {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        Location where = new Location(name, SHEET, 0, "");
        String text;
        try {
            if (Files.size(path) > MAX_BYTES) {
                throw ImportException.invalid(where, Messages.get("io.mapping.invalid", name));
            }
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return ColumnMapping.none();
        } catch (IOException e) {
            throw ImportException.io(where, Messages.get("import.file.ioError", path.toString()), e);
        }
        try {
            JsonNode root = MAPPER.readTree(text);
            List<ColumnMapping.Entry> entries = new ArrayList<>();
            for (JsonNode m : root.required("mappings")) {
                List<String> headers = new ArrayList<>();
                m.required("headers").forEach(h -> headers.add(h.textValue()));
                Map<String, String> columns = new LinkedHashMap<>();
                m.required("columns").properties().forEach(e -> columns.put(e.getKey(), e.getValue().textValue()));
                if (headers.contains(null) || columns.containsValue(null) || !m.required("sheet").isTextual()) {
                    throw new IllegalArgumentException("a header or column is not text");
                }
                entries.add(new ColumnMapping.Entry(m.required("sheet").textValue(), headers, columns));
            }
            return new ColumnMapping(entries);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw ImportException.invalid(where, Messages.get("io.mapping.invalid", name), e);
        }
    }

    /**
     * Writes {@code mapping} atomically.
     *
     * @throws WriteException  when the file cannot be written.
     */
    public static void write(ColumnMapping mapping, Path path) throws WriteException {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode list = root.putArray("mappings");
        for (ColumnMapping.Entry e : mapping.entries()) {
            ObjectNode m = list.addObject();
            m.put("sheet", e.sheet());
            ArrayNode headers = m.putArray("headers");
            e.headers().forEach(headers::add);
            ObjectNode columns = m.putObject("columns");
            new java.util.TreeMap<>(e.columns()).forEach(columns::put);
        }
        try {
            AtomicFiles.write(path, (MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a mappings object always serialises", e);
        }
    }
}
