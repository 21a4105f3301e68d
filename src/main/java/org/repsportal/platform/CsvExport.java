package org.repsportal.platform;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.HttpHeaders;

/**
 * Writes a list as CSV (RFC 4180: comma, CRLF, quotes where needed; UTF-8; a header row) row by row as the
 * rows are read, so an export of any length takes constant memory. A cell starting with {@code = + - @}
 * (or a tab or carriage return) is prefixed with an apostrophe, so a spreadsheet shows it as text instead
 * of running it as a formula.
 */
public final class CsvExport implements AutoCloseable {

    public static final String MEDIA_TYPE = "text/csv";

    /** Rows the database hands over per round trip while an export reads through its cursor. */
    public static final int FETCH_SIZE = 500;

    private final CSVPrinter printer;
    private long rows;

    private CsvExport(Writer writer, String... header) {
        try {
            this.printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header).get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A client on the same database that reads {@link #FETCH_SIZE} rows per round trip: inside a transaction
     * PostgreSQL then keeps the rest behind a cursor instead of sending the whole result at once.
     */
    public static JdbcClient cursor(JdbcTemplate template) {
        var fetching = new JdbcTemplate(template.getDataSource());
        fetching.setFetchSize(FETCH_SIZE);
        return JdbcClient.create(fetching);
    }

    /** Starts a download of {@code filename} (e.g. {@code people.csv}) on the response, with its header row. */
    public static CsvExport download(HttpServletResponse response, String filename, String... header) {
        response.setContentType(MEDIA_TYPE + ";charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        try {
            return new CsvExport(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes CSV to any writer (the caller closes it). */
    public static CsvExport to(Writer writer, String... header) {
        return new CsvExport(writer, header);
    }

    /** One row; null cells are empty, collections are joined with a space, formulas are neutralised. */
    public void row(Object... cells) {
        List<String> values = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            values.add(text(cell));
        }
        try {
            printer.printRecord(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows++;
    }

    /** How many rows were written, the header not counted. */
    public long rows() {
        return rows;
    }

    @Override
    public void close() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        String value = cell instanceof Iterable<?> items ? join(items) : cell.toString();
        return safe(value);
    }

    /** The value with an apostrophe in front when a spreadsheet would read it as a formula. */
    static String safe(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    private static String join(Iterable<?> items) {
        var joined = new StringBuilder();
        for (Object item : items) {
            if (!joined.isEmpty()) {
                joined.append(' ');
            }
            joined.append(item);
        }
        return joined.toString();
    }
}
