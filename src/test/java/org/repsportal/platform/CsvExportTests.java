package org.repsportal.platform;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvExportTests {

    @Test
    void rowsFollowRfc4180WithAHeaderCommasQuotesAndCrlf() {
        var out = new StringWriter();
        try (var csv = CsvExport.to(out, "name", "note", "when")) {
            csv.row("Ada, Countess", "said \"hi\"\nthen left", LocalDate.of(2026, 3, 1));
            csv.row("Zoë", null, List.of("EN", "ES"));
            assertThat(csv.rows()).isEqualTo(2);
        }
        assertThat(out.toString()).isEqualTo("name,note,when\r\n"
                + "\"Ada, Countess\",\"said \"\"hi\"\"\nthen left\",2026-03-01\r\n"
                + "Zoë,,EN ES\r\n");
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreShownAsText() {
        assertThat(CsvExport.safe("=1+2")).isEqualTo("'=1+2");
        assertThat(CsvExport.safe("+49 30 1234")).isEqualTo("'+49 30 1234");
        assertThat(CsvExport.safe("-2")).isEqualTo("'-2");
        assertThat(CsvExport.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvExport.safe("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvExport.safe("a = b")).isEqualTo("a = b");
        assertThat(CsvExport.safe("")).isEmpty();
    }
}
