package org.repsportal.roster;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.tika.Tika;

/**
 * Reads an uploaded roster: what the content really is (plain text, by its bytes), UTF-8 strictly, the header
 * row exactly, then each line into a {@link Line} or its problems by line number. Nothing is looked up here.
 */
final class RosterFile {

    static final List<String> HEADER = List.of("email", "name", "region", "country", "languages", "areas", "roles",
            "mentor_email");

    private static final Tika TIKA = new Tika();
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s<>\",;]+@[^@\\s<>\",;]+\\.[^@\\s<>\",;]+$");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[\\s;|]+");

    /** One person of the file, on its line (the header is line 1). */
    record Line(int line, String email, String name, String region, String country, Set<String> languages,
                Set<String> areas, Set<String> roles, String mentorEmail) {
    }

    /** A reason a line (or, on line 1 or 0, the file) cannot be imported: a message key and the value at fault. */
    record Problem(int line, String messageKey, String detail) {
    }

    record Parsed(List<Line> lines, List<Problem> problems) {

        boolean readable() {
            return problems.stream().noneMatch(p -> p.line() <= 1);
        }
    }

    private RosterFile() {
    }

    static Parsed read(byte[] bytes, RosterProperties properties) {
        var problems = new ArrayList<Problem>();
        if (bytes.length == 0) {
            return failed(0, "roster.error.empty", null);
        }
        if (bytes.length > properties.maxFileSize().toBytes()) {
            return failed(0, "roster.error.size", properties.maxFileSize().toKilobytes() + " KB");
        }
        String type = TIKA.detect(bytes);
        if (!type.startsWith("text/")) {
            return failed(0, "roster.error.type", type);
        }
        String text;
        try {
            text = utf8(bytes);
        } catch (MalformedText e) {
            return failed(e.line, "roster.error.encoding", null);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<CSVRecord> records;
        try (var parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(new StringReader(text))) {
            records = parser.getRecords();
        } catch (IOException | RuntimeException e) {
            return failed(1, "roster.error.csv", null);
        }
        if (records.isEmpty()) {
            return failed(0, "roster.error.empty", null);
        }
        List<String> header = records.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        if (!header.equals(HEADER)) {
            return failed(1, "roster.error.header", String.join(",", HEADER));
        }
        if (records.size() - 1 > properties.maxRows()) {
            return failed(0, "roster.error.rows", String.valueOf(properties.maxRows()));
        }
        var lines = new ArrayList<Line>();
        var emails = new java.util.HashMap<String, Integer>();
        int scanned = 0;
        int line = 1;
        for (CSVRecord record : records.subList(1, records.size())) {
            // the physical line the record starts on, counting the newlines before it (quoted cells may hold some)
            int start = (int) record.getCharacterPosition();
            for (; scanned < start && scanned < text.length(); scanned++) {
                if (text.charAt(scanned) == '\n') {
                    line++;
                }
            }
            if (record.size() != HEADER.size()) {
                problems.add(new Problem(line, "roster.error.columns", String.valueOf(record.size())));
                continue;
            }
            String email = record.get(0).strip().toLowerCase(Locale.ROOT);
            String name = record.get(1).strip();
            String mentor = record.get(7).strip().toLowerCase(Locale.ROOT);
            boolean ok = true;
            if (!isEmail(email)) {
                problems.add(new Problem(line, "roster.error.email", email));
                ok = false;
            } else if (emails.containsKey(email)) {
                problems.add(new Problem(line, "roster.error.duplicate", email + " (" + emails.get(email) + ")"));
                ok = false;
            } else {
                emails.put(email, line);
            }
            if (name.isEmpty() || name.length() > 100) {
                problems.add(new Problem(line, "roster.error.name", null));
                ok = false;
            }
            if (!mentor.isEmpty() && !isEmail(mentor)) {
                problems.add(new Problem(line, "roster.error.mentor-email", mentor));
                ok = false;
            } else if (mentor.equals(email)) {
                problems.add(new Problem(line, "roster.error.mentor-self", mentor));
                ok = false;
            }
            if (ok) {
                lines.add(new Line(line, email, name, record.get(2).strip().toUpperCase(Locale.ROOT),
                        record.get(3).strip().toUpperCase(Locale.ROOT), list(record.get(4), false), list(record.get(5), true),
                        list(record.get(6), true), mentor.isEmpty() ? null : mentor));
            }
        }
        return new Parsed(lines, problems);
    }

    static boolean isEmail(String email) {
        return email.length() <= 254 && EMAIL.matcher(email).matches();
    }

    private static Set<String> list(String cell, boolean upper) {
        var values = new LinkedHashSet<String>();
        Arrays.stream(LIST_SEPARATOR.split(cell.strip())).filter(v -> !v.isEmpty())
                .map(v -> upper ? v.toUpperCase(Locale.ROOT) : v.toLowerCase(Locale.ROOT)).forEach(values::add);
        return values;
    }

    private static Parsed failed(int line, String key, String detail) {
        return new Parsed(List.of(), List.of(new Problem(line, key, detail)));
    }

    /** The bytes as UTF-8, refusing anything that is not; the exception names the line of the first bad byte. */
    private static String utf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new MalformedText(lineAt(bytes, in.position()));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static int lineAt(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static final class MalformedText extends RuntimeException {
        final int line;

        MalformedText(int line) {
            super(null, null, false, false);
            this.line = line;
        }
    }
}
