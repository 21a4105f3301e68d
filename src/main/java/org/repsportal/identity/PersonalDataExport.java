package org.repsportal.identity;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.repsportal.people.Actor;
import org.repsportal.platform.PersonalData;
import org.repsportal.platform.PersonalDataPart;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Download my data": a ZIP with one JSON and one CSV file for each part every module keeps of the person, read
 * in one read-only transaction and streamed into the response as it is read. Only the person themselves downloads
 * it. Each archive is built while the request waits, so nothing of it stays on the server; a per-person lock in the
 * database (so across instances) makes a second request while one is being built answer "try again shortly"
 * instead of building a second archive.
 */
@Service
class PersonalDataExport {

    /** The lock class of personal-data exports among the portal's advisory locks. */
    private static final int LOCK_CLASS = 104;

    private final List<PersonalData> shares;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    PersonalDataExport(List<PersonalData> shares, JdbcClient jdbc, JsonMapper json) {
        this.shares = shares;
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The file name the archive is offered under. */
    static String fileName(Actor actor) {
        return "my-data-" + actor.personId() + ".zip";
    }

    /**
     * Writes the actor's own archive. Throws {@link ExportInProgress} before writing anything when another request
     * of the same person is building theirs.
     */
    @Transactional(readOnly = true)
    void write(Actor actor, OutputStreamSupplier target) {
        long personId = actor.personId();
        Boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(?, ?)")
                .params(LOCK_CLASS, (int) (personId % Integer.MAX_VALUE))
                .query(Boolean.class).single();
        if (!Boolean.TRUE.equals(locked)) {
            throw new ExportInProgress();
        }
        List<PersonalDataPart> parts = new ArrayList<>();
        for (PersonalData share : shares) {
            parts.addAll(share.partsOf(personId));
        }
        try (ZipOutputStream zip = new ZipOutputStream(target.open(), StandardCharsets.UTF_8)) {
            for (PersonalDataPart part : parts) {
                zip.putNextEntry(new ZipEntry(part.name() + ".json"));
                json.writeValue(new NonClosing(zip), asObjects(part));
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry(part.name() + ".csv"));
                OutputStreamWriter writer = new OutputStreamWriter(new NonClosing(zip), StandardCharsets.UTF_8);
                try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                        .setHeader(part.columns().toArray(String[]::new)).get())) {
                    for (List<Object> row : part.rows()) {
                        csv.printRecord(row.stream().map(PersonalDataExport::cell).toList());
                    }
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Map<String, Object>> asObjects(PersonalDataPart part) {
        List<Map<String, Object>> objects = new ArrayList<>(part.rows().size());
        for (List<Object> row : part.rows()) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < part.columns().size(); i++) {
                object.put(part.columns().get(i), row.get(i));
            }
            objects.add(object);
        }
        return objects;
    }

    private static Object cell(Object value) {
        if (value instanceof List<?> list) {
            return String.join(";", list.stream().map(String::valueOf).toList());
        }
        return value;
    }

    /** Where the archive goes: opened only once the lock is held, so a refused request has written nothing. */
    @FunctionalInterface
    interface OutputStreamSupplier {
        OutputStream open() throws IOException;
    }

    /** Another request of the same person is building their archive right now. */
    static class ExportInProgress extends RuntimeException {
        ExportInProgress() {
            super("An archive of this person's data is being built");
        }
    }

    /** Lets a JSON or CSV writer close its stream without closing the archive's entry stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
