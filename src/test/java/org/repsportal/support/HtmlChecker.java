package org.repsportal.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Nu HTML Checker ({@code vnu.jar}, installed into {@code target/axe} from the npm registry by {@code ./mvnw
 * verify}) run over pages as the server sent them. One run checks many files, so a tour checks its pages at the end.
 */
public final class HtmlChecker {

    static final Path VNU = Path.of(System.getProperty("vnu.jar", "target/axe/node_modules/vnu-jar/build/dist/vnu.jar"));

    private HtmlChecker() {
    }

    /** The checker's errors for these files, one line each naming the file, the line and the message. */
    public static List<String> errorsIn(List<Path> pages) throws IOException, InterruptedException {
        assertThat(VNU).as("the Nu HTML Checker is installed by ./mvnw verify (exec-maven-plugin, npm) into target/axe")
                .isRegularFile();
        if (pages.isEmpty()) {
            return List.of();
        }
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xss8m", "-jar", VNU.toString(), "--errors-only", "--exit-zero-always", "--format", "gnu"));
        pages.forEach(page -> command.add(page.toString()));
        Process vnu = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(vnu.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(vnu.waitFor(2, TimeUnit.MINUTES)).as("the HTML checker finished").isTrue();
        assertThat(vnu.exitValue()).as("the HTML checker ran: %s", output).isZero();
        return output.lines().filter(line -> !line.isBlank()).toList();
    }

    /** Writes a page's HTML under {@code target/html-pages} for a later check and answers where. */
    public static Path keep(String name, String html) throws IOException {
        Path file = Path.of("target", "html-pages", name + ".html");
        Files.createDirectories(file.getParent());
        Files.writeString(file, html, StandardCharsets.UTF_8);
        return file;
    }
}
