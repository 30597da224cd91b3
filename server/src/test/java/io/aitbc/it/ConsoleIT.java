package io.aitbc.it;

import static io.aitbc.it.ProductFixtures.created;
import static io.aitbc.it.ProductFixtures.modelWithWeights;
import static io.aitbc.it.ProductFixtures.terms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The admin console in headless Chromium (Debian's chromium + chromedriver): login through the real local
 * OpenID Connect issuer's sign-in form, the admin role from the SSO's groups claim, the page's sections
 * filled from the running server, and a screenshot whose chart area holds the bars' colour.
 */
class ConsoleIT {

    @RegisterExtension
    static final PlatformServer PLATFORM = PlatformServer.shared(PlatformServer.Database.H2);

    private static final String OWNER = TokenIssuer.get().token("console-owner", "owner");
    /** The first series' colour in chart.js (#2f7de1). */
    private static final int BAR_RGB = 0x2f7de1;

    private static WebDriver browser;
    private static long model;
    private static Path screenshots;

    @BeforeAll
    static void startBrowserWithData() throws IOException {
        Api api = new Api(PLATFORM.baseUrl());
        model = modelWithWeights(api, OWNER, "console model");
        created(api.post("/api/v1/marketplace/listings", OWNER, terms(model, "Console listing", 0.3, 0.2)));
        List<ServerSentEvents.Event> events = ProductFixtures.benchmark(PLATFORM, OWNER, model);
        assertEquals("succeeded", events.getLast().data(), events.toString());
        screenshots = Files.createDirectories(PlatformServer.workDir().resolve("screenshots"));
        browser = newBrowser(Files.createTempDirectory(PlatformServer.workDir(), "chromium-profile"));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    static WebDriver newBrowser(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        // the flags this machine needs: no sandbox as root, no network beyond the loopback servers
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1800", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static void signIn(String subject, String claimsJson) {
        browser.manage().deleteAllCookies();
        browser.get(PLATFORM.baseUrl() + "/console/");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.withMessage(() -> "no SSO login form at " + browser.getCurrentUrl() + ": " + browser.getPageSource());
        WebElement user = wait.until(d -> d.findElement(By.name("username")));
        assertTrue(browser.getCurrentUrl().startsWith(TokenIssuer.get().issuer()), "the console sends the browser to the SSO: "
                + browser.getCurrentUrl());
        user.sendKeys(subject);
        browser.findElement(By.name("claims")).sendKeys(claimsJson);
        browser.findElement(By.cssSelector("input[type=submit]")).click();
    }

    @Test
    void anAdminOfTheSsoSeesThePlatformWithCharts() throws IOException {
        signIn("ada", "{\"groups\":[\"admin\"]}");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(90));
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-loaded"))
                || d.findElement(By.tagName("body")).getDomAttribute("data-error") != null);
        assertEquals(null, browser.findElement(By.tagName("body")).getDomAttribute("data-error"));
        assertEquals("ada (admin)", browser.findElement(By.id("me")).getText());
        String page = browser.findElement(By.tagName("main")).getText();
        assertTrue(page.contains("console model"), "models section");
        assertTrue(page.contains("Console listing"), "listings section");
        assertTrue(page.contains("console-owner"), "users section lists the SSO's subjects");
        String jobs = browser.findElement(By.id("jobs")).getText();
        assertTrue(jobs.contains("benchmark") && jobs.contains("succeeded"), jobs);

        String audit = browser.findElement(By.id("audit")).getText();
        assertTrue(audit.contains("ada admin console.login succeeded"), "the audit log section shows this login: " + audit);

        WebElement chart = browser.findElement(By.cssSelector("#benchmark-chart svg"));
        List<WebElement> bars = chart.findElements(By.tagName("rect"));
        assertFalse(bars.stream().filter(b -> b.getDomAttribute("data-value") != null).toList().isEmpty(), "bars drawn");
        assertFalse(browser.findElements(By.cssSelector("#benchmark-history svg polyline")).isEmpty(), "history lines drawn");

        byte[] png = ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(screenshots.resolve("console-admin.png"), png);
        BufferedImage shot = ImageIO.read(new ByteArrayInputStream(png));
        Rectangle area = chart.getRect();
        long inChart = countColour(shot, area.x, area.y, area.width, area.height);
        assertTrue(inChart >= 100, "the chart's bars are painted in the screenshot (" + inChart + " pixels)");
        long left = countColour(shot, 0, area.y, Math.max(1, area.x), area.height);
        assertEquals(0, left, "and nowhere left of the chart");

        // live progress: a job started now appears and finishes on the open page (Server-Sent Events, no reload)
        Api.Answer run = new Api(PLATFORM.baseUrl()).post("/api/v1/benchmarks/runs", OWNER, java.util.Map.of("modelId", model));
        assertEquals(202, run.status(), run.body());
        String jobId = run.json().path(0).path("id").asText();
        wait.until(d -> jobRows(d).stream().anyMatch(r -> r.startsWith(jobId + "\t") && r.contains("succeeded")));
        assertTrue(Integer.parseInt(browser.findElement(By.tagName("body")).getDomAttribute("data-job-events")) >= 2,
                "the job list was pushed again after the page loaded");
        Files.write(screenshots.resolve("console-live-jobs.png"), ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void aCallbackWithoutALoginInProgressIsRefusedAndAudited() throws IOException, InterruptedException {
        HttpResponse<String> forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(PLATFORM.baseUrl() + "/console/callback?state=forged&code=stolen")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, forged.statusCode(), forged.body());
        Api.Answer failed = new Api(PLATFORM.baseUrl()).get("/api/v1/admin/audit?outcome=failed&size=100",
                TokenIssuer.get().token("console-auditor", "admin"));
        assertTrue(failed.body().contains("a callback without a matching login in progress"), failed.body());
    }

    @Test
    void aUserWithoutTheAdminGroupIsRefused() throws IOException, InterruptedException {
        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(PLATFORM.baseUrl() + "/console/api/jobs")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(anonymous.statusCode() == 302 || anonymous.statusCode() == 303, "login first: " + anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElseThrow().startsWith(TokenIssuer.get().issuer()));

        signIn("eve", "{\"groups\":[\"consumer\"]}");
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> d.getCurrentUrl().startsWith(PLATFORM.baseUrl()));
        String page = browser.getPageSource();
        Files.write(screenshots.resolve("console-refused.png"), ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
        assertTrue(page.contains("403") || page.contains("Forbidden"), page);
        assertTrue(browser.findElements(By.id("benchmark-chart")).isEmpty(), "no console for a consumer");
        Api.Answer denied = new Api(PLATFORM.baseUrl()).get("/api/v1/admin/audit?actor=eve&outcome=denied",
                TokenIssuer.get().token("console-auditor", "admin"));
        assertTrue(denied.body().contains("\"console.login\""), "the refused login is in the audit log: " + denied.body());
    }

    /** The job table's rows as text, read in one step (the pushed updates replace the rows at any time). */
    @SuppressWarnings("unchecked")
    private static List<String> jobRows(WebDriver d) {
        return (List<String>) ((JavascriptExecutor) d).executeScript(
                "return Array.from(document.querySelectorAll('#jobs tbody tr')).map(r => r.innerText)");
    }

    private static long countColour(BufferedImage image, int x0, int y0, int width, int height) {
        long n = 0;
        for (int y = Math.max(0, y0); y < Math.min(image.getHeight(), y0 + height); y++) {
            for (int x = Math.max(0, x0); x < Math.min(image.getWidth(), x0 + width); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == BAR_RGB) {
                    n++;
                }
            }
        }
        return n;
    }
}
