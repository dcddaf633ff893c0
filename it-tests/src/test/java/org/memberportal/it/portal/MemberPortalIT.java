package org.memberportal.it.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.memberportal.domain.access.Capability;
import org.memberportal.domain.access.CapabilityMatrix;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.it.support.DeployedPortal;
import org.memberportal.it.support.Mailbox;
import org.memberportal.it.support.MemberBrowser;
import org.memberportal.it.support.Members;
import org.memberportal.it.support.Members.Member;
import org.memberportal.it.support.PageBrowser;
import org.memberportal.it.support.PortalClient.Reply;
import org.memberportal.it.support.PortalEnvironment;
import org.memberportal.it.support.Totp;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The member portal at the root of the real WAR, in headless Chromium, found by the roles and
 * accessible names of docs/api.md ("The member portal"): the e-mailed links, sign-in, the
 * navigation of each level, the company of a person with several. Each test makes its own company
 * and people.
 */
@ExtendWith(DeployedPortal.class)
class MemberPortalIT {

    /**
     * The pages of the navigation and the capabilities that open each (any of them; none: every
     * level), as docs/api.md's "After sign-in" writes them; the knowledge base and the forums are
     * every active member's (the first row of the matrix).
     */
    private record Page(String name, Set<Capability> openedBy) {
        static Page everyone(String name) {
            return new Page(name, Set.of());
        }

        boolean opensFor(PermissionLevel level) {
            return openedBy.isEmpty() || openedBy.stream().anyMatch(c -> CapabilityMatrix.grants(level, c));
        }

        /** The page's address after {@code #/}. */
        String route() {
            return name.toLowerCase(Locale.ROOT).replace(' ', '-');
        }
    }

    private static final List<Page> PAGES = List.of(
            Page.everyone("Home"), Page.everyone("Tickets"), Page.everyone("Documents"),
            Page.everyone("Live sessions"), Page.everyone("Mailings"), Page.everyone("Profile"),
            Page.everyone("Knowledge base"), Page.everyone("Forums"),
            // "from Sales/Designer up": the limited license information opens the page
            new Page("Licenses", EnumSet.of(Capability.SEE_LICENSE_INFORMATION_LIMITED)),
            // "from IT/Tech up": ordering
            new Page("Orders", EnumSet.of(Capability.ORDER_LICENSES, Capability.ORDER_PAID_SERVICES)),
            new Page("Downloads", EnumSet.of(Capability.REQUEST_DOWNLOAD_LINKS, Capability.SEE_ALL_DOWNLOAD_LINKS)),
            new Page("Staff", EnumSet.of(Capability.REQUEST_STAFF_ACCOUNTS)));

    private static final String HOSTILE_COMPANY = "Hostile <img src=x onerror=\"window.pwned=1\"> & Co";
    private static final String HOSTILE_NAME = "<script>window.pwned=2</script> Ada";

    @DeployedPortal.Url
    URL base;

    private Members members;
    private final Mailbox mailbox = PortalEnvironment.mailbox();

    @BeforeEach
    void connect() {
        members = new Members(base);
    }

    @Test
    void theEmailedActivationLinkOpensThePageThatCreatesThePasswordThenSignInShowsHome() {
        String company = members.company(HOSTILE_COMPANY);
        String email = Members.address("activating");
        members.open(company, HOSTILE_NAME, email, "BASIC");
        String link = mailbox.await(email, 1).link();
        assertThat(link).startsWith(PortalEnvironment.PUBLIC_URL + "/activate?token=");

        try (MemberBrowser browser = new MemberBrowser(base)) {
            browser.follow(link);
            browser.find("heading", "Create your password");
            assertNoSeriousViolation(browser, "activation");
            browser.screenshot("member-activation");
            browser.type("textbox", "Password", Members.PASSWORD);
            browser.type("textbox", "Repeat password", Members.PASSWORD + " but another");
            browser.click("button", "Activate account");
            assertThat(browser.alert()).contains("differ");
            browser.activate(Members.PASSWORD);
            assertThat(browser.status()).contains("account is active");
            assertThat(browser.driver().getCurrentUrl()).as("the token leaves the address bar").doesNotContain("token");
            assertNoSeriousViolation(browser, "sign-in");
            browser.screenshot("member-sign-in");

            browser.signIn(email, Members.PASSWORD);
            browser.navigation();
            browser.find("heading", "Home");
            String shown = browser.text("main");
            assertThat(shown).contains(HOSTILE_COMPANY).contains(HOSTILE_NAME);
            assertThat(browser.script("return window.pwned === undefined && document.querySelectorAll('main img,"
                    + " main script').length === 0")).as("the names stay text").isEqualTo(Boolean.TRUE);
            assertThat(browser.token()).isNotBlank();
            assertNoSeriousViolation(browser, "home");
            browser.screenshot("member-home");

            browser.size(PageBrowser.PHONE);
            browser.find("heading", "Home");
            assertThat(browser.overflowsSideways()).as("Home on a 375-px phone").isFalse();
            browser.screenshot("member-home-phone");
            browser.size(PageBrowser.LAPTOP);

            browser.click("button", "Sign out");
            browser.find("button", "Sign in");
            assertThat(browser.token()).as("dropped on sign-out").isNull();

            browser.follow(link).activate(Members.PASSWORD);
            assertThat(browser.alert()).contains("used or has expired");
            browser.find("button", "Send a new link");
        }
    }

    @Test
    void forgottenPasswordThroughTheEmailedLinkThenSignInWithTheNewOne() {
        Member member = members.active(members.company("Forgetful Ltd"), "SALES_DESIGNER");
        String newPassword = "a brand new long passphrase";

        try (MemberBrowser browser = new MemberBrowser(base)) {
            browser.open("");
            browser.click("link", "Forgot your password?");
            browser.type("textbox", "E-mail", "nobody-" + member.email());
            browser.click("button", "Send reset link");
            String forNobody = browser.status();
            browser.type("textbox", "E-mail", member.email());
            browser.click("button", "Send reset link");
            assertThat(browser.status()).as("the same answer for every address").isEqualTo(forNobody);
            assertNoSeriousViolation(browser, "forgot-password");
            browser.screenshot("member-forgot-password");

            browser.follow(mailbox.await(member.email(), 2).link());
            browser.find("heading", "Choose a new password");
            assertNoSeriousViolation(browser, "reset");
            browser.type("textbox", "New password", newPassword);
            browser.type("textbox", "Repeat password", newPassword);
            browser.click("button", "Set password");
            assertThat(browser.status()).contains("new password is set");
            browser.signIn(member.email(), newPassword);
            browser.navigation();
            browser.find("heading", "Home");
        }
    }

    @ParameterizedTest(name = "{0}: the navigation lists the pages its capabilities open, and no other opens")
    @EnumSource(PermissionLevel.class)
    void theNavigationOfEachLevelIsThePagesTheMatrixOpens(PermissionLevel level) {
        Member member = members.active(members.company("Levels " + level), level.name());
        List<String> expected = PAGES.stream().filter(p -> p.opensFor(level)).map(Page::name).toList();

        try (MemberBrowser browser = new MemberBrowser(base)) {
            browser.signedIn(member.email(), Members.PASSWORD);

            assertThat(browser.pages()).containsExactlyInAnyOrderElementsOf(expected);
            browser.screenshot("member-navigation-" + level);
            for (Page page : PAGES) {
                browser.open(page.route());
                browser.find("heading", page.name());
                if (page.opensFor(level)) {
                    browser.waitUntil("the page " + page.name() + " drawn", () -> !browser.driver()
                            .findElements(By.cssSelector("main h1 ~ *")).isEmpty());
                    assertNoSeriousViolation(browser, level + " " + page.name());
                } else {
                    assertThat(browser.alert()).as(page.name()).contains("does not open " + page.name());
                }
            }
        }
    }

    @Test
    void aBasicMembersTicketIsSeenAndAnsweredByAManagerUnderCompanyTickets() {
        String company = members.company("Ticketing Ltd");
        Member basic = members.active(company, "BASIC");
        Member manager = members.active(company, "MANAGER_SUPERVISOR");
        String subject = "Printer <b>jams</b> <img src=x onerror=\"window.pwned=3\"> " + Members.address("t");

        try (MemberBrowser browser = new MemberBrowser(base)) {
            browser.signedIn(basic.email(), Members.PASSWORD);
            browser.navigate("Tickets");
            browser.find("heading", "Tickets");
            browser.click("button", "New ticket");
            browser.type("textbox", "Subject", subject);
            browser.type("textbox", "Description", "It jams on every second page.");
            new Select(browser.find("combobox", "Priority")).selectByVisibleText("High");
            assertNoSeriousViolation(browser, "new ticket");
            browser.click("button", "Open ticket");
            assertThat(browser.status()).contains("is open");
            browser.row(subject);
            assertThat(browser.script("return window.pwned === undefined")).isEqualTo(Boolean.TRUE);
            browser.screenshot("member-tickets");
        }

        try (MemberBrowser browser = new MemberBrowser(base)) {
            browser.signedIn(manager.email(), Members.PASSWORD);
            browser.navigate("Tickets");
            new Select(browser.find("combobox", "Show")).selectByVisibleText("Company tickets");
            browser.find("table", "The company's tickets");
            browser.click(browser.within(browser.row(subject), "link", subject));
            browser.waitUntil("the ticket's page", () -> browser.text("main h1").endsWith(subject));
            browser.type("textbox", "Reply", "Please try the tray on the left.");
            browser.click("button", "Send reply");
            assertThat(browser.status()).contains("reply is sent");
            assertThat(browser.text("ol.thread")).contains("Please try the tray on the left.");
            assertNoSeriousViolation(browser, "a ticket's page");
            browser.screenshot("member-ticket");
        }
        assertThat(basic.client().get("api/v1/tickets?scope=mine").json().getJsonArray("items").getJsonObject(0)
                .getString("subject")).isEqualTo(subject);
    }

    @Test
    void aPrimaryRequestsAnAccountAndIsRefusedDemotingTheLastPrimary() {
        Member primary = members.active(members.company("Staffing Ltd"), "PRIMARY_OWNER");
        String requested = Members.address("requested");

        try (MemberBrowser browser = new MemberBrowser(base)) {
            browser.signedIn(primary.email(), Members.PASSWORD);
            browser.navigate("Staff");
            browser.click("button", "Request account");
            browser.type("textbox", "Full name", "Rita Requested");
            browser.type("textbox", "E-mail", requested);
            Select level = new Select(browser.find("combobox", "Level"));
            assertThat(level.getOptions()).extracting(WebElement::getText).containsExactly("Basic", "Sales/Designer",
                    "IT/Tech support", "Manager/Supervisor", "Primary/Owner");
            level.selectByVisibleText("IT/Tech support");
            browser.click("button", "Send request");
            assertThat(browser.status()).contains(requested);
            browser.row(requested, "Waiting for the support team");

            WebElement own = browser.row(primary.email());
            new Select(browser.within(own, "combobox", "Level")).selectByVisibleText("Manager/Supervisor");
            assertThat(browser.alert()).contains("last active Primary");
            assertNoSeriousViolation(browser, "staff");
            browser.screenshot("member-staff-last-primary");
        }
        assertThat(primary.client().get("api/v1/me").json().getString("level")).isEqualTo("PRIMARY_OWNER");
    }

    @Test
    void theLastUpdateNoticeRecipientsOptOutShowsTheWarning() {
        Member only = members.active(members.company("Quiet Ltd"), "BASIC");

        try (MemberBrowser browser = new MemberBrowser(base)) {
            browser.signedIn(only.email(), Members.PASSWORD);
            browser.navigate("Mailings");
            WebElement notices = browser.find("checkbox", "Update notices");
            assertThat(notices.isSelected()).isTrue();
            browser.click(notices);
            browser.click("button", "Save");
            assertThat(browser.alert()).contains("Nobody of the company will receive notices of software updates");
            assertNoSeriousViolation(browser, "mailings");
            browser.screenshot("member-mailings-warning");
        }
    }

    @Test
    void anItTechMembersNewsletterIsDisabledWithTheReason() {
        Member tech = members.active(members.company("Tech Ltd"), "IT_TECH_SUPPORT");

        try (MemberBrowser browser = new MemberBrowser(base)) {
            browser.signedIn(tech.email(), Members.PASSWORD);
            browser.navigate("Mailings");
            WebElement newsletter = browser.find("checkbox", "Training newsletter");
            assertThat(newsletter.isEnabled()).isFalse();
            String reason = browser.text("#" + newsletter.getAttribute("aria-describedby"));
            assertThat(reason).contains("does not receive this mailing");
        }
    }

    @Test
    void theProfilesFreeCouponBooksAnInstallationAtNoCost() {
        Member member = members.active(members.company("Booking Ltd"), "BASIC");

        try (MemberBrowser browser = new MemberBrowser(base)) {
            browser.signedIn(member.email(), Members.PASSWORD);
            browser.navigate("Profile");
            WebElement coupons = browser.find("table", "Coupons");
            WebElement free = browser.row("FREE");
            String code = free.findElement(By.cssSelector("code")).getText();
            assertThat(coupons.getText()).contains(code);
            browser.screenshot("member-profile");

            browser.navigate("Live sessions");
            browser.click("button", "Book a live session");
            new Select(browser.find("combobox", "Kind")).selectByVisibleText("Installation");
            browser.type("textbox", "Preferred time", LocalDate.now().plusDays(20) + " 10:30");
            browser.type("textbox", "Coupon code", code);
            assertNoSeriousViolation(browser, "booking");
            browser.click("button", "Book");
            assertThat(browser.status()).contains("Installation").contains("Free");
            browser.row("Installation", code, "Free");
            browser.screenshot("member-live-session");
        }
    }

    @Test
    void aSecondFactorSetUpFromTheQrCodesSecretIsAskedAtTheNextSignIn() {
        Member member = members.active(members.company("Careful Ltd"), "SALES_DESIGNER");

        try (MemberBrowser browser = new MemberBrowser(base)) {
            browser.signedIn(member.email(), Members.PASSWORD);
            browser.navigate("Profile");
            browser.click("button", "Set up two-step sign-in");
            WebElement qr = browser.find("image", "QR code of your two-step sign-in secret");
            assertThat(qr.getAttribute("src")).startsWith("data:image/png;base64,");
            assertThat(browser.script("return arguments[0].complete && arguments[0].naturalWidth", qr))
                    .as("the image shows under the page's policy").isNotEqualTo(0L);
            String secret = browser.text("code[aria-label='Secret']");
            assertNoSeriousViolation(browser, "two-step set-up");
            browser.screenshot("member-second-factor");
            browser.type("textbox", "Code", Totp.code(secret, 0));
            browser.click("button", "Confirm");
            assertThat(browser.text("ul[aria-label='Recovery codes']").lines()).hasSize(10);
            browser.click("button", "Continue");
            browser.find("heading", "Profile");
            browser.click("button", "Sign out");

            browser.signIn(member.email(), Members.PASSWORD);
            browser.type("textbox", "Code", Totp.code(secret, 1));
            browser.click("button", "Sign in");
            browser.navigation();
        }
    }

    @Test
    void anAgentIsRefusedHereWithTheWayToTheConsole() {
        try (MemberBrowser browser = new MemberBrowser(base)) {
            browser.open("");
            browser.signIn(PortalEnvironment.AGENT_EMAIL, PortalEnvironment.AGENT_PASSWORD);
            assertThat(browser.alert()).contains("Support agents sign in to");
            WebElement console = browser.driver().findElement(By.cssSelector("[role=alert] a"));
            assertThat(console.getAccessibleName()).isEqualTo("the admin console");
            assertThat(console.getAttribute("href")).endsWith("/admin/");
            assertThat(browser.token()).isNull();
        }
    }

    @Test
    void aPersonOfTwoCompaniesChoosesTheCompanyThePagesActFor() {
        String first = members.company("First Employer");
        String second = members.company("Second Employer");
        String email = Members.address("consultant");
        members.active(first, "Cora Consultant", email, "BASIC");
        members.joins(second, "Cora Consultant", email, "MANAGER_SUPERVISOR");

        try (MemberBrowser browser = new MemberBrowser(base)) {
            browser.signedIn(email, Members.PASSWORD);
            Select company = new Select(browser.find("combobox", "Company"));
            company.selectByVisibleText("First Employer");
            browser.waitUntil("Basic's pages", () -> !browser.pages().contains("Staff"));
            assertThat(browser.text("main")).contains("First Employer");

            company = new Select(browser.find("combobox", "Company"));
            company.selectByVisibleText("Second Employer");
            browser.waitUntil("a Manager's pages", () -> browser.pages().contains("Staff"));
            browser.find("heading", "Home");
            assertThat(browser.text("main")).contains("Second Employer");
            browser.navigate("Staff");
            browser.find("heading", "Staff");
            browser.screenshot("member-two-companies");
        }
    }

    @Test
    void everyFileOfThePagesCarriesAPolicyWithoutInlineCodeOrEval() {
        for (String file : List.of("", "index.html", "activate?token=x", "reset-password?token=x", "portal/js/app.js",
                "portal/portal.css", "common/js/api.js", "admin/")) {
            Reply reply = members.portal().get(file);
            assertThat(reply.status()).as(file).isEqualTo(200);
            assertThat(reply.header("Content-Security-Policy").orElse("")).as(file)
                    .contains("script-src 'self'").contains("default-src 'none'")
                    .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        }
    }

    @Test
    void theSignInPageAndHomeAreLightOnAPhonesConnectionColdAndWarm() {
        Member member = members.active(members.company("Weighed Ltd"), "BASIC");

        try (MemberBrowser browser = new MemberBrowser(base)) {
            browser.forgetCachedFiles();
            browser.open("");
            browser.find("button", "Sign in");
            PageBrowser.PageWeight signInCold = browser.weight();
            browser.reload();
            browser.find("button", "Sign in");
            PageBrowser.PageWeight signInWarm = browser.weight();

            browser.signIn(member.email(), Members.PASSWORD);
            browser.find("heading", "Home");
            browser.forgetCachedFiles();
            browser.reload();
            browser.find("heading", "Your coupons");
            PageBrowser.PageWeight homeCold = browser.weight();
            browser.reload();
            browser.find("heading", "Your coupons");
            PageBrowser.PageWeight homeWarm = browser.weight();

            // the figures the README quotes: printed on every run
            System.out.printf("page weight, sign-in cold: %s%npage weight, sign-in warm: %s%n"
                    + "page weight, Home cold: %s%npage weight, Home warm: %s%n", signInCold, signInWarm, homeCold, homeWarm);
            assertThat(signInCold.scriptBytes()).as("script of the sign-in page").isLessThan(150_000);
            assertThat(signInCold.transferredBytes()).as("compressed: less than its script alone")
                    .isLessThan(signInCold.scriptBytes());
            assertThat(homeCold.scriptBytes()).as("script of Home").isLessThan(150_000);
            assertThat(signInWarm.transferredBytes()).as("a warm sign-in page").isLessThan(signInCold.transferredBytes());
            assertThat(homeWarm.transferredBytes()).as("a warm Home").isLessThan(homeCold.transferredBytes());
        }
    }

    @Test
    void theBuildsVersionedNamesAreKeptAYearAndThePagesRevalidated() {
        String page = members.portal().get("").body();
        Matcher script = Pattern.compile("src=\"(v/[0-9]+/portal/js/app\\.js)\"")
                .matcher(page);
        assertThat(script.find()).as("the page names its script under the build's prefix").isTrue();

        Reply versioned = members.portal().get(script.group(1));
        assertThat(versioned.status()).isEqualTo(200);
        assertThat(versioned.header("Cache-Control").orElse("")).contains("max-age=31536000").contains("immutable");
        Reply index = members.portal().get("");
        assertThat(index.header("Cache-Control").orElse("")).isEqualTo("no-cache");
        assertThat(index.header("ETag").or(() -> index.header("Last-Modified"))).as("a validator").isPresent();
        assertThat(members.portal().get("v/1/WEB-INF/assets.properties").status()).isEqualTo(404);
    }

    @Test
    void anAgentsReplyIsEmailedWithALinkThatLeadsThroughSignInToTheTicketsPage() {
        String company = members.company("Answered Ltd");
        Member basic = members.active(company, "BASIC");
        String subject = "Licence server stops " + Members.address("s");
        String ticket = basic.client().post("api/v1/tickets", Json.createObjectBuilder().add("subject", subject)
                .add("description", "Every night at two.").build()).json().getString("id");
        assertThat(members.agent().post("api/v1/tickets/" + ticket + "/replies", Json.createObjectBuilder()
                .add("body", "A patch is on its way.").build()).status()).isEqualTo(201);

        String link = mailbox.await(basic.email(), 2).pageLink();
        assertThat(link).isEqualTo(PortalEnvironment.PUBLIC_URL + "/#/tickets/" + ticket + "?company=" + company);

        try (MemberBrowser browser = new MemberBrowser(base)) {
            browser.follow(link);
            browser.signIn(basic.email(), Members.PASSWORD);
            browser.waitUntil("the ticket's page", () -> browser.text("main h1").endsWith(subject));
            assertThat(browser.text("ol.thread")).contains("A patch is on its way.");
        }
    }

    private static void assertNoSeriousViolation(PageBrowser browser, String page) {
        assertThat(browser.accessibilityViolations()).as("axe-core on " + page).isEmpty();
    }
}
