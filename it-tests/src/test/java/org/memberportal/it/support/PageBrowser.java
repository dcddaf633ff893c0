package org.memberportal.it.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portal's pages (the admin console, the member portal) in headless Chromium from the system's
 * packages (its own chromedriver, so Selenium downloads nothing), found the way people and assistive
 * technology find them: by a control's ARIA role and accessible name, as the browser computes them.
 * Each application's browser adds its own way in ({@link ConsoleBrowser}, {@link MemberBrowser}).
 */
public abstract class PageBrowser implements AutoCloseable {

    public static final String CHROMIUM = System.getProperty("it.chromium", "/usr/bin/chromium");
    public static final String CHROMEDRIVER = System.getProperty("it.chromedriver", "/usr/bin/chromedriver");

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    /** Long lists of a shared test database may take many pages to reach a test's own row. */
    private static final Duration PAGING_PATIENCE = Duration.ofSeconds(120);

    /** The elements that may carry each role, before the browser's computed role and name decide. */
    private static final Map<String, String> CANDIDATES = Map.ofEntries(
            Map.entry("button", "button, [role=button], input[type=submit]"),
            Map.entry("textbox", "input:not([type=checkbox]):not([type=radio]):not([type=submit]), textarea, [role=textbox]"),
            Map.entry("combobox", "select, [role=combobox]"),
            Map.entry("spinbutton", "input[type=number], [role=spinbutton]"),
            Map.entry("checkbox", "input[type=checkbox], [role=checkbox]"),
            Map.entry("link", "a[href]"),
            Map.entry("progressbar", "[role=progressbar]"),
            Map.entry("navigation", "nav, [role=navigation]"),
            Map.entry("region", "section, [role=region]"),
            Map.entry("heading", "h1, h2, h3, h4, h5, h6, [role=heading]"),
            Map.entry("table", "table, [role=table]"),
            Map.entry("image", "img, [role=img], [role=image]"),
            Map.entry("status", "[role=status]"),
            Map.entry("alert", "[role=alert]"));

    /** Held, so its level stays: no CDP binding matches Debian's Chromium, and these tests use WebDriver only. */
    private static final Logger DEVTOOLS = Logger.getLogger("org.openqa.selenium.devtools");

    static {
        DEVTOOLS.setLevel(Level.SEVERE);
    }

    /** The laptop the pages are made for, and the phone. */
    public static final Dimension LAPTOP = new Dimension(1366, 768);
    public static final Dimension PHONE = new Dimension(375, 812);

    private final WebDriver driver;
    private final String tab;
    private final URL base;

    /**
     * A tab of its own in the execution's one Chromium: its session storage (where a token is kept)
     * is the tab's alone, and whatever it left in the origin's local storage is cleared on close.
     */
    protected PageBrowser(URL deployed) {
        this.base = deployed;
        this.driver = Chromium.shared();
        driver.switchTo().newWindow(WindowType.TAB);
        this.tab = driver.getWindowHandle();
        size(LAPTOP);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Loads an address of the portal under test ({@code admin/}, {@code activate?token=...}). */
    protected void load(String relative) {
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        driver.get(URI.create(root).resolve(relative).toString());
    }

    /** The window's size: {@link #LAPTOP} or {@link #PHONE}; the shared browser's tabs share it. */
    public void size(Dimension size) {
        driver.manage().window().setSize(size);
    }

    /** Whether the page is wider than the window, which makes a person scroll sideways to read it. */
    public boolean overflowsSideways() {
        return (Boolean) script("return document.documentElement.scrollWidth > window.innerWidth + 1");
    }

    /**
     * The serious and critical violations axe-core finds on the page as it is now (WCAG 2.1 A and
     * AA), one line each. axe-core is evaluated through WebDriver, outside the page's scripts, so
     * the page's Content-Security-Policy stays in force.
     */
    public List<String> accessibilityViolations() {
        script(Axe.source() + "\n;window.axe = axe;");
        Object found = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                  .then(result => done(result.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                      + v.nodes.map(n => n.target.join(' ')).join(', '))))
                  .catch(error => done(['axe-core failed: ' + error]));
                """);
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) found;
        return violations;
    }

    /** The one visible element of this role and accessible name, waiting for it to appear. */
    public WebElement find(String role, String name) {
        return waitFor("a " + role + " named '" + name + "'", () -> first(driver.findElements(By.cssSelector(
                CANDIDATES.get(role))), role, name));
    }

    /** The element of this role and name inside another one (a table row, a section). */
    public WebElement within(WebElement container, String role, String name) {
        return waitFor("a " + role + " named '" + name + "' in " + container.getTagName(),
                () -> first(container.findElements(By.cssSelector(CANDIDATES.get(role))), role, name));
    }

    /** The table row holding these texts, following "Next page" while the list has more pages. */
    public WebElement row(String... texts) {
        return waitFor("a row holding " + List.of(texts), PAGING_PATIENCE, () -> {
            for (WebElement row : driver.findElements(By.cssSelector("main tbody tr"))) {
                String shown = row.getText();
                if (row.isDisplayed() && Stream.of(texts).allMatch(shown::contains)) {
                    return Optional.of(row);
                }
            }
            driver.findElements(By.cssSelector(CANDIDATES.get("button"))).stream()
                    .filter(b -> b.isDisplayed() && b.isEnabled() && "Next page".equals(b.getAccessibleName()))
                    .findFirst().ifPresent(WebElement::click);
            return Optional.empty();
        });
    }

    public void click(String role, String name) {
        click(find(role, name));
    }

    public void click(WebElement element) {
        waitFor("an enabled " + element.getTagName(), () -> Optional.of(element).filter(WebElement::isEnabled));
        element.click();
    }

    public void type(String role, String name, String text) {
        WebElement box = find(role, name);
        box.clear();
        box.sendKeys(text);
    }

    /** Sets a date input to an ISO date, which typing would have to spell in the browser's locale. */
    public void date(String name, String isoDate) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", find("textbox", name),
                isoDate);
    }

    /** The text of the error announced (role alert), once there is one. */
    public String alert() {
        return text("[role=alert]");
    }

    /** The text of the news announced politely (role status), once there is some. */
    public String status() {
        return text("[role=status]:not(.busy)");
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /**
     * What the page has loaded since it was opened, as the browser's resource timing saw it: the
     * requests, the bytes that crossed the network (compressed; a file from the cache crosses none)
     * and the script the page needed before compression.
     */
    public PageWeight weight() {
        @SuppressWarnings("unchecked")
        List<Number> figures = (List<Number>) script("""
                const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
                const scripts = entries.filter(e => e.name.endsWith('.js'));
                return [entries.length, entries.reduce((sum, e) => sum + e.transferSize, 0),
                  scripts.reduce((sum, e) => sum + e.decodedBodySize, 0)];
                """);
        return new PageWeight(figures.get(0).intValue(), figures.get(1).longValue(), figures.get(2).longValue());
    }

    /** Empties the browser's HTTP cache, so that the next page opens as on a first visit. */
    public void forgetCachedFiles() {
        ((ChromeDriver) driver).executeCdpCommand("Network.clearBrowserCache", Map.of());
    }

    /** Loads the page again, as a person coming back to it does. */
    public void reload() {
        driver.navigate().refresh();
    }

    /** Requests made, bytes transferred, and bytes of script before compression. */
    public record PageWeight(int requests, long transferredBytes, long scriptBytes) {
        @Override
        public String toString() {
            return requests + " requests, " + transferredBytes + " bytes transferred, " + scriptBytes
                    + " bytes of script before compression";
        }
    }

    /** The bearer token the application holds in its tab's session storage, or null. */
    protected String sessionItem(String key) {
        return (String) script("return sessionStorage.getItem(arguments[0])", key);
    }

    /** Waits, up to a deadline, until {@code condition} holds. */
    public void waitUntil(String what, BooleanSupplier condition) {
        waitFor(what, () -> condition.getAsBoolean() ? Optional.of(Boolean.TRUE) : Optional.empty());
    }

    /** The visible text of the element, once it shows (for a secret or a list read as text). */
    public String text(String cssSelector) {
        return waitFor("text in " + cssSelector, () -> driver.findElements(By.cssSelector(cssSelector)).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).filter(t -> !t.isBlank()).findFirst());
    }

    public <T> T waitFor(String what, Supplier<Optional<T>> probe) {
        return waitFor(what, PATIENCE, probe);
    }

    private <T> T waitFor(String what, Duration deadline, Supplier<Optional<T>> probe) {
        try {
            return new WebDriverWait(driver, deadline).withMessage("waited for " + what)
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> probe.get().orElse(null));
        } catch (TimeoutException e) {
            // what the page showed instead is the first thing to look at
            screenshot("timeout-" + what.replaceAll("[^A-Za-z0-9]+", "-") + "-" + System.currentTimeMillis());
            throw e;
        }
    }

    /** Saves what the browser shows under target/screenshots. */
    public Path screenshot(String name) {
        Path directory = Path.of(System.getProperty("java.io.tmpdir"), "screenshots");
        Path file = directory.resolve(System.getProperty("it.database", "postgresql") + "-" + name + ".png");
        try {
            Files.createDirectories(directory);
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** A screenshot at a laptop's width and one at a phone's, the browser left at the laptop's. */
    public void screenshotAtBothWidths(String name) {
        screenshot(name);
        size(PHONE);
        screenshot(name + "-phone");
        size(LAPTOP);
    }

    private static Optional<WebElement> first(List<WebElement> candidates, String role, String name) {
        return candidates.stream()
                .filter(WebElement::isDisplayed)
                .filter(e -> name.equals(e.getAccessibleName().strip()))
                .filter(e -> role.equals(e.getAriaRole()) || ("textbox".equals(role) && hasNoRoleOfItsOwn(e))
                        || ("image".equals(role) && "img".equals(e.getAriaRole())))
                .findFirst();
    }

    /** Password and date boxes have no ARIA role of their own; people type into them as into textboxes. */
    private static boolean hasNoRoleOfItsOwn(WebElement element) {
        String type = element.getAttribute("type");
        return "password".equals(type) || "date".equals(type);
    }

    @Override
    public void close() {
        driver.switchTo().window(tab);
        if (driver.getCurrentUrl().startsWith("http")) {
            script("localStorage.clear()");
        }
        driver.close();
        driver.switchTo().window(Chromium.home());
    }

    /**
     * One headless Chromium per test JVM: starting one costs seconds, a tab costs nothing. Its first
     * tab stays open, blank, so closing a test's tab never ends the browser; the browser ends with
     * the JVM.
     */
    private static final class Chromium {

        private static WebDriver driver;
        private static String home;

        static synchronized WebDriver shared() {
            if (driver == null) {
                driver = start();
                home = driver.getWindowHandle();
            }
            return driver;
        }

        static synchronized String home() {
            return home;
        }

        private static WebDriver start() {
            Path profile;
            try {
                profile = Files.createTempDirectory("console-chromium-profile");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--no-first-run", "--disable-quic", "--disable-sync",
                    "--disable-dev-shm-usage", "--lang=en-GB", "--window-size=1366,768",
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
            WebDriver started = new ChromeDriver(service, options);
            started.manage().timeouts().pageLoadTimeout(PATIENCE).scriptTimeout(PATIENCE);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.quit();
                } finally {
                    try (var files = Files.walk(profile)) {
                        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
                    } catch (IOException e) {
                        // a profile left in the build's temporary directory is cleaned with target/
                    }
                }
            }));
            return started;
        }
    }
}
