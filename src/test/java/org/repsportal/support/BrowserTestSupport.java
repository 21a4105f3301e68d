package org.repsportal.support;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The portal on a random port driven by Debian's Chromium through its chromedriver (both given by path,
 * nothing downloaded), with axe-core checking every page a test opens: a serious or critical
 * accessibility violation fails the test. Without Chromium or chromedriver the tests are skipped with one line
 * naming the install command, except under {@code CI=true}, where they run and fail ({@link BrowserAvailable}).
 */
@ExtendWith(BrowserAvailable.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTestSupport {

    static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
    static final Path AXE = Path.of(System.getProperty("axe.script", "target/axe/node_modules/axe-core/axe.min.js"));

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    protected static ChromeDriver browser;
    private static Path profileDir;
    private static String axeSource;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startChromium() throws IOException {
        assertThat(CHROMIUM).as("Chromium is needed for the browser tests: " + BrowserAvailable.INSTALL
                + " (.ci/run does it)").isExecutable();
        assertThat(CHROMEDRIVER).as("chromedriver is needed for the browser tests: " + BrowserAvailable.INSTALL
                + " (.ci/run does it)").isExecutable();
        assertThat(AXE).as("axe-core is installed by ./mvnw verify (exec-maven-plugin, npm) into target/axe").isRegularFile();
        axeSource = Files.readString(AXE);

        profileDir = Files.createTempDirectory("reps-portal-chromium");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                "--no-first-run", "--user-data-dir=" + profileDir, "--window-size=1280,900", "--lang=en",
                // Bootstrap scrolls smoothly unless reduced motion is asked for; a click must not land mid-scroll
                "--force-prefers-reduced-motion");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogOutput(java.io.OutputStream.nullOutputStream())
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopChromium() throws IOException {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
        if (profileDir != null) {
            try (Stream<Path> files = Files.walk(profileDir)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens a page of the portal and checks it with axe-core. */
    protected void open(String path) {
        browser.get(url(path));
        checkAccessibility();
    }

    protected WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    protected List<WebElement> findAll(String css) {
        return browser.findElements(By.cssSelector(css));
    }

    protected String path() {
        return java.net.URI.create(browser.getCurrentUrl()).getPath();
    }

    /** Signs in through the sign-in form; the page after it is checked too. */
    protected void signIn(String email, String password) {
        open("/login");
        find("#username").sendKeys(email);
        find("#password").sendKeys(password);
        clickAndWaitForNextPage(find("main form[action='/login'] button[type=submit]"));
        assertThat(path()).as("signing in as %s led to %s: %s", email, browser.getCurrentUrl(),
                find("main").getText()).isNotEqualTo("/login");
        checkAccessibility();
    }

    /**
     * Clicks a link or button that leads to another page and waits until that page has replaced this one. The old
     * document is marked before the click; a new document has no mark. Chromium may answer any command sent while
     * the documents swap with an error, so those are waited through rather than taken as failures.
     */
    protected void clickAndWaitForNextPage(WebElement element) {
        var js = (JavascriptExecutor) browser;
        js.executeScript("window.portalPageBeforeClick = true;");
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .ignoring(WebDriverException.class)
                .until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                        "return window.portalPageBeforeClick === undefined && document.readyState === 'complete';")));
    }

    /** Waits up to 15 seconds for a change made in place (an htmx swap), looking again while the page changes. */
    protected void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(driver -> condition.getAsBoolean());
    }

    protected void signOut() {
        browser.manage().deleteAllCookies();
    }

    /** Gives the window a phone's width (and height). */
    protected void phoneSized() {
        browser.manage().window().setSize(new Dimension(390, 844));
    }

    protected void desktopSized() {
        browser.manage().window().setSize(new Dimension(1366, 900));
    }

    /** Saves the whole page at the window's width, scrolled part included, as {@code target/screenshots/<name>.png}. */
    @SuppressWarnings("unchecked")
    protected Path screenshot(String name) throws IOException {
        var size = (Map<String, Object>) browser.executeCdpCommand("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
        var clip = Map.of("x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"), "scale", 1);
        var shot = browser.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        Path file = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        return file;
    }

    /**
     * The page at this path exactly as the server sends it to the signed-in browser (its cookies), before any script
     * has changed it: what an HTML checker must read.
     */
    protected String served(String path) throws IOException, InterruptedException {
        String cookies = browser.manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue()).collect(Collectors.joining("; "));
        var request = HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "text/html");
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        return response.body();
    }

    /** Whether the page is wider than the window, so that a person would have to scroll sideways. */
    protected long horizontalOverflow() {
        return ((Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).longValue();
    }

    protected long viewportWidth() {
        return ((Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.clientWidth;")).longValue();
    }

    /** Runs axe-core on the current page; serious and critical violations fail the test, each explained. */
    @SuppressWarnings("unchecked")
    protected void checkAccessibility() {
        var js = (JavascriptExecutor) browser;
        js.executeScript(axeSource);
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                   .then(r => done(r.violations.map(v => ({
                        id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                        nodes: v.nodes.map(n => n.target.join(' ') + ': ' + (n.failureSummary || '').replace(/\\n/g, ' '))}))))
                   .catch(e => done('axe failed: ' + e));""");
        if (result instanceof String error) {
            fail(error);
        }
        var problems = new ArrayList<String>();
        for (Map<String, Object> violation : (List<Map<String, Object>>) result) {
            String impact = String.valueOf(violation.get("impact"));
            if ("serious".equals(impact) || "critical".equals(impact)) {
                var text = new StringBuilder().append(impact).append(": ").append(violation.get("id")).append(" — ")
                        .append(violation.get("help")).append(" (").append(violation.get("helpUrl")).append(")");
                for (Object node : (List<Object>) violation.get("nodes")) {
                    text.append("\n      at ").append(node);
                }
                problems.add(text.toString());
            }
        }
        if (!problems.isEmpty()) {
            fail("Accessibility problems on " + browser.getCurrentUrl() + ":\n  - " + String.join("\n  - ", problems));
        }
    }
}
