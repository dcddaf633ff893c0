package org.memberportal.it.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.memberportal.it.support.ConsoleBrowser;
import org.memberportal.it.support.DeployedPortal;
import org.memberportal.it.support.Mailbox;
import org.memberportal.it.support.Members;
import org.memberportal.it.support.MemberBrowser;
import org.memberportal.it.support.Members.Member;
import org.memberportal.it.support.PageBrowser;
import org.memberportal.it.support.Pause;
import org.memberportal.it.support.PortalClient;
import org.memberportal.it.support.PortalClient.Reply;
import org.memberportal.it.support.PortalEnvironment;

/**
 * The knowledge base and forums over HTTP, on both databases: solution articles (only published ones for members, hostile
 * Markdown sanitized, search ranked and marked, one vote per person) and the forums (members shown
 * as "First L.", locked topics, hidden posts, followers' e-mails, the posting limit). The oracles
 * are the rules (docs/rules.md, API.md), never what the portal says of itself. Each test makes its
 * own companies, people, articles and forums.
 */
@ExtendWith(DeployedPortal.class)
class KnowledgeBaseIT {

    /** portal.forums.posts-per-window's default. */
    private static final int POSTS_PER_WINDOW = 10;

    @DeployedPortal.Url
    URL base;

    private PortalClient agent() {
        return new PortalClient(base).loggedIn(PortalEnvironment.AGENT_EMAIL, PortalEnvironment.AGENT_PASSWORD);
    }

    private Members members(PortalClient agent) {
        return new Members(new PortalClient(base), agent);
    }

    private static boolean onPostgresql() {
        return !"h2".equals(System.getProperty("it.database", "postgresql"));
    }

    /** A word no other test's article holds: letters only, so that every database sees one word. */
    private static String uniqueWord() {
        StringBuilder word = new StringBuilder("kb");
        for (char c : UUID.randomUUID().toString().replace("-", "").toCharArray()) {
            word.append((char) ('a' + Character.digit(c, 16) % 26));
            if (word.length() == 12) {
                break;
            }
        }
        return word.toString();
    }

    private static JsonObject expect(int status, Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        return reply.body().isEmpty() ? null : reply.json();
    }

    private static String problemCode(Reply reply) {
        String type = reply.json().getString("type");
        return type.substring(type.lastIndexOf('/') + 1);
    }

    private static JsonObject article(String title, String category, String markdown, String status) {
        return Json.createObjectBuilder().add("title", title).add("category", category).add("bodyMarkdown", markdown)
                .add("status", status).build();
    }

    private static String publish(PortalClient agent, String title, String markdown) {
        return expect(201, agent.post("api/v1/admin/articles", article(title, "Printing", markdown, "PUBLISHED")))
                .getString("id");
    }

    private Member member(Members members) {
        return members.active(members.company("KB Company " + uniqueWord()), "BASIC");
    }

    @Test
    void membersSeeOnlyPublishedArticlesWhileAgentsSeeEveryOne() {
        PortalClient agent = agent();
        Member member = member(members(agent));
        JsonObject draft = expect(201, agent.post("api/v1/admin/articles",
                article("Draft " + uniqueWord(), "Printing", "Not yet.", "DRAFT")));
        String id = draft.getString("id");

        assertThat(member.client().get("api/v1/articles/" + id).status()).as("a draft").isEqualTo(404);

        JsonObject published = expect(200, agent.patch("api/v1/admin/articles/" + id, Json.createObjectBuilder()
                .add("status", "PUBLISHED").add("version", draft.getJsonNumber("version").longValue()).build()));
        assertThat(expect(200, member.client().get("api/v1/articles/" + id)).getString("bodyHtml").strip())
                .isEqualTo("<p>Not yet.</p>");
        assertThat(agent.patch("api/v1/admin/articles/" + id, Json.createObjectBuilder().add("title", "Stale")
                .add("version", draft.getJsonNumber("version").longValue()).build()).status())
                .as("an edit from the version before publishing").isEqualTo(409);

        expect(200, agent.patch("api/v1/admin/articles/" + id, Json.createObjectBuilder().add("status", "ARCHIVED")
                .add("version", published.getJsonNumber("version").longValue()).build()));
        assertThat(member.client().get("api/v1/articles/" + id).status()).as("an archived article").isEqualTo(404);
        assertThat(member.client().post("api/v1/articles/" + id + "/feedback", "{\"helpful\":true}").status())
                .isEqualTo(404);
        assertThat(expect(200, agent.get("api/v1/admin/articles/" + id)).getString("status")).isEqualTo("ARCHIVED");
        assertThat(member.client().get("api/v1/admin/articles/" + id).status()).isEqualTo(403);
    }

    @Test
    void hostileMarkdownComesBackWithoutScriptsHandlersOrRawHtml() {
        PortalClient agent = agent();
        Member member = member(members(agent));
        String hostile = "# Fix\n\n<script>alert('s')</script>\n\n[click](javascript:alert('j'))\n\n"
                + "<img src=x onerror=\"alert('e')\">\n\n<div onclick=\"alert('c')\">raw</div>\n\n"
                + "<a href=\"javascript:alert('a')\">a</a> and [the guide](https://example.com/guide)";
        String id = publish(agent, "Hostile " + uniqueWord(), hostile);

        String html = expect(200, member.client().get("api/v1/articles/" + id)).getString("bodyHtml");
        String preview = expect(200, agent.post("api/v1/admin/previews",
                Json.createObjectBuilder().add("markdown", hostile).build())).getString("html");

        for (String shown : List.of(html, preview)) {
            String lower = shown.toLowerCase(Locale.ROOT);
            assertThat(lower).doesNotContain("<script", "javascript:", "onerror", "onclick", "<img", "<div");
            assertThat(lower).contains("<h1>fix</h1>", "href=\"https://example.com/guide\"");
        }
        assertThat(preview).isEqualTo(html);
    }

    @Test
    void searchRanksATitleMatchAboveABodyMatchAndMarksOnlyTheWords() {
        PortalClient agent = agent();
        Member member = member(members(agent));
        String word = uniqueWord();
        String inBody = publish(agent, "Paper jams", "When the " + word + " tray sticks, use the \\<b> key & pull.");
        String inTitle = publish(agent, "The " + word + " tray", "Open it and take the paper out.");

        List<JsonObject> hits = expect(200, member.client().get("api/v1/articles?q=" + word))
                .getJsonArray("items").getValuesAs(JsonObject.class);

        assertThat(hits).extracting(h -> h.getString("id")).containsExactly(inTitle, inBody);
        String snippet = hits.get(1).getString("snippet");
        assertThat(snippet).containsIgnoringCase("<mark>" + word + "</mark>");
        assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">")
                .contains("&lt;b&gt;", "&amp;");
    }

    @Test
    void searchFindsAnInflectedFormOnPostgresql() {
        PortalClient agent = agent();
        Member member = member(members(agent));
        String word = uniqueWord();
        String id = publish(agent, "Colour profiles " + word, "Calibrating the monitors before printing.");

        List<JsonObject> hits = expect(200, member.client().get("api/v1/articles?q=calibrated%20" + word))
                .getJsonArray("items").getValuesAs(JsonObject.class);

        if (onPostgresql()) {
            assertThat(hits).extracting(h -> h.getString("id")).containsExactly(id);
            assertThat(hits.get(0).getString("snippet")).contains("<mark>Calibrating</mark>");
        } else {
            // H2 matches words as typed (README): "calibrated" is not in the article
            assertThat(hits).isEmpty();
        }
        Reply suggested = member.client().get("api/v1/articles/suggestions?text=" + word);
        assertThat(suggested.status()).isEqualTo(200);
        assertThat(suggested.body()).as("suggestions for a ticket's subject use the same search").contains(id);
    }

    @Test
    void aVoteCountsOncePerPersonAndANewOneReplacesIt() {
        PortalClient agent = agent();
        Members members = members(agent);
        Member ann = member(members);
        Member bob = member(members);
        String id = publish(agent, "Votes " + uniqueWord(), "Helpful?");

        expect(204, ann.client().post("api/v1/articles/" + id + "/feedback", "{\"helpful\":true}"));
        expect(204, ann.client().post("api/v1/articles/" + id + "/feedback", "{\"helpful\":true}"));
        assertThat(helpful(ann, id)).isEqualTo("1 yes, 0 no");
        expect(204, ann.client().post("api/v1/articles/" + id + "/feedback", "{\"helpful\":false}"));
        expect(204, bob.client().post("api/v1/articles/" + id + "/feedback", "{\"helpful\":true}"));

        assertThat(helpful(bob, id)).isEqualTo("1 yes, 1 no");
        assertThat(votes(expect(200, agent.get("api/v1/admin/articles/" + id)))).isEqualTo("1 yes, 1 no");
    }

    private static String helpful(Member member, String id) {
        return votes(expect(200, member.client().get("api/v1/articles/" + id)));
    }

    private static String votes(JsonObject article) {
        JsonObject helpful = article.getJsonObject("helpful");
        return helpful.getInt("yes") + " yes, " + helpful.getInt("no") + " no";
    }

    @Test
    void pendingAndDeactivatedAccountsAreRefusedAndAnyActiveMembershipOpensThem() {
        PortalClient agent = agent();
        Members members = members(agent);
        String company = members.company("KB Staff " + uniqueWord());
        Member primary = members.active(company, "PRIMARY_OWNER");
        Member basic = members.active(company, "BASIC");
        String pendingEmail = Members.address("pending");
        members.open(company, "Pending Person", pendingEmail, "BASIC");
        String forum = forum(agent);

        assertThat(new PortalClient(base).send("POST", "api/v1/sessions", "application/json",
                Json.createObjectBuilder().add("email", pendingEmail).add("password", Members.PASSWORD).build()
                        .toString()).status()).as("a pending account cannot sign in").isEqualTo(401);
        assertThat(new PortalClient(base).get("api/v1/articles").status()).isEqualTo(401);
        expect(200, basic.client().get("api/v1/articles"));

        JsonObject listed = expect(200, primary.client().get("api/v1/companies/" + company + "/accounts?limit=200"))
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("id").equals(basic.id())).findFirst().orElseThrow();
        expect(200, primary.client().patch("api/v1/companies/" + company + "/accounts/" + basic.id(),
                Json.createObjectBuilder().add("status", "DEACTIVATED")
                        .add("version", listed.getJsonNumber("version").longValue()).build()));

        assertThat(basic.client().get("api/v1/articles").status()).isEqualTo(401);
        assertThat(basic.client().get("api/v1/forums").status()).isEqualTo(401);
        assertThat(basic.client().post("api/v1/forums/" + forum + "/topics", topic("Let me in", "Please"))
                .status()).isEqualTo(401);

        // a person of two companies names none of them: the knowledge base needs no company
        String other = members.company("KB Other " + uniqueWord());
        members.joins(other, "Test PRIMARY_OWNER", primary.email(), "BASIC");
        Reply unnamed = primary.client().get("api/v1/tickets");
        assertThat(unnamed.status()).as("two memberships, none named: " + unnamed).isEqualTo(400);
        assertThat(problemCode(unnamed)).isEqualTo("company-needed");
        expect(200, primary.client().get("api/v1/articles"));
        expect(201, primary.client().post("api/v1/forums/" + forum + "/topics", topic("Two hats", "Hello")));
    }

    private static String forum(PortalClient agent) {
        return expect(201, agent.post("api/v1/admin/forums", Json.createObjectBuilder()
                .add("name", "Forum " + uniqueWord()).add("description", "Talk").build())).getString("id");
    }

    private static JsonObject topic(String title, String body) {
        return Json.createObjectBuilder().add("title", title).add("body", body).build();
    }

    private static JsonObject body(String text) {
        return Json.createObjectBuilder().add("body", text).build();
    }

    @Test
    void anotherCompanysMemberSeesTheAuthorAsFirstNameAndInitialOnlyAndALockedTopicTakesNoReply() {
        PortalClient agent = agent();
        Members members = members(agent);
        String adaCompany = members.company("Analytical Engines " + uniqueWord());
        String adaEmail = Members.address("ada");
        PortalClient ada = members.active(adaCompany, "Ada King Lovelace", adaEmail, "BASIC");
        Member bob = member(members);
        String forum = forum(agent);

        JsonObject started = expect(201, ada.post("api/v1/forums/" + forum + "/topics",
                topic("Printing **labels**", "How do I print <script>alert(1)</script> labels?")));
        String topic = started.getString("id");

        Reply read = bob.client().get("api/v1/topics/" + topic);
        JsonObject post = expect(200, read).getJsonObject("posts").getJsonArray("items").getJsonObject(0);
        JsonObject author = post.getJsonObject("author");
        assertThat(author.keySet()).containsExactlyInAnyOrder("displayName", "agent");
        assertThat(author.getString("displayName")).isEqualTo("Ada L.");
        assertThat(author.getBoolean("agent")).isFalse();
        assertThat(read.body()).doesNotContain("Lovelace", "King", adaEmail, adaCompany, "Analytical", "<script");
        assertThat(post.containsKey("bodyMarkdown")).as("only its author gets the Markdown").isFalse();
        JsonObject listed = expect(200, bob.client().get("api/v1/forums/" + forum + "/topics"))
                .getJsonArray("items").getJsonObject(0);
        assertThat(listed.getJsonObject("author").getString("displayName")).isEqualTo("Ada L.");

        expect(201, bob.client().post("api/v1/topics/" + topic + "/posts", body("Use the label wizard.")));
        assertThat(bob.client().patch("api/v1/posts/" + post.getString("id"), Json.createObjectBuilder()
                .add("body", "Mine now").add("version", post.getJsonNumber("version").longValue()).build()).status())
                .as("another's post").isEqualTo(403);
        expect(200, ada.patch("api/v1/posts/" + post.getString("id"), Json.createObjectBuilder()
                .add("body", "How do I print labels, please?").add("version", post.getJsonNumber("version").longValue())
                .build()));

        expect(200, agent.patch("api/v1/admin/topics/" + topic, Json.createObjectBuilder().add("locked", true).build()));
        Reply refused = bob.client().post("api/v1/topics/" + topic + "/posts", body("One more thing"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(problemCode(refused)).isEqualTo("topic-locked");
    }

    /** Ann's topic in a forum of its own, Bob's reply to it, and Ann's report of that reply. */
    private record ReportedReply(Member ann, Member bob, String forum, String topic, String reply) {
    }

    private ReportedReply reportedReply(PortalClient agent, String title, String reply) {
        Members members = members(agent);
        Member ann = member(members);
        Member bob = member(members);
        String forum = forum(agent);
        String topic = expect(201, ann.client().post("api/v1/forums/" + forum + "/topics", topic(title, "Hi")))
                .getString("id");
        String spam = expect(201, bob.client().post("api/v1/topics/" + topic + "/posts", body(reply)))
                .getString("id");
        expect(202, ann.client().post("api/v1/posts/" + spam + "/reports",
                Json.createObjectBuilder().add("reason", "Spam").build()));
        return new ReportedReply(ann, bob, forum, topic, spam);
    }

    @Test
    void aHiddenPostIsGoneForMembersAndVisibleToAgents() {
        PortalClient agent = agent();
        ReportedReply reported = reportedReply(agent, "Offers", "Buy cheap pills");
        Member ann = reported.ann();
        Member bob = reported.bob();
        String topic = reported.topic();
        String spam = reported.reply();
        assertThat(expect(200, agent.get("api/v1/admin/post-reports?open=true&limit=200")).getJsonArray("items")
                .getValuesAs(JsonObject.class)).anySatisfy(r -> assertThat(r.getString("postId")).isEqualTo(spam));

        expect(200, agent.patch("api/v1/admin/posts/" + spam, Json.createObjectBuilder().add("hidden", true).build()));

        for (Member reader : List.of(ann, bob)) {
            Reply shown = reader.client().get("api/v1/topics/" + topic);
            assertThat(expect(200, shown).getJsonObject("posts").getJsonArray("items")).hasSize(1);
            assertThat(shown.body()).doesNotContain(spam, "pills");
        }
        assertThat(ann.client().post("api/v1/posts/" + spam + "/reports",
                Json.createObjectBuilder().add("reason", "Again").build()).status()).isEqualTo(404);
        List<JsonObject> forAgents = expect(200, agent.get("api/v1/topics/" + topic)).getJsonObject("posts")
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(forAgents).anySatisfy(p -> {
            assertThat(p.getString("id")).isEqualTo(spam);
            assertThat(p.getBoolean("hidden")).isTrue();
        });
    }

    @Test
    void followersGetOneEmailPerNewPostAndThePosterNone() {
        PortalClient agent = agent();
        Members members = members(agent);
        Member ann = member(members);
        Member bob = member(members);
        Member cat = member(members);
        String forum = forum(agent);
        String title = "Follow " + uniqueWord();
        String topic = expect(201, ann.client().post("api/v1/forums/" + forum + "/topics", topic(title, "First")))
                .getString("id");
        expect(200, cat.client().send("PUT", "api/v1/topics/" + topic + "/following", "application/json",
                "{\"following\":true}"));

        expect(201, bob.client().post("api/v1/topics/" + topic + "/posts", body("Second, by Bob")));
        awaitNotices(ann, title, 1);
        awaitNotices(cat, title, 1);
        expect(201, ann.client().post("api/v1/topics/" + topic + "/posts", body("Third, by Ann")));
        awaitNotices(bob, title, 1);
        awaitNotices(cat, title, 2);

        assertThat(notices(ann, title)).as("Ann wrote the third post").hasSize(1);
        assertThat(notices(bob, title)).as("Bob wrote the second post").hasSize(1);
        assertThat(notices(cat, title).get(0).pageLink()).endsWith("#/forums/topics/" + topic);
        assertThat(expect(200, bob.client().get("api/v1/topics/" + topic)).getBoolean("following"))
                .as("a replier follows by default").isTrue();

        expect(200, cat.client().send("PUT", "api/v1/topics/" + topic + "/following", "application/json",
                "{\"following\":false}"));
        expect(201, bob.client().post("api/v1/topics/" + topic + "/posts", body("Fourth, by Bob")));
        awaitNotices(ann, title, 2);
        assertThat(notices(cat, title)).as("Cat unfollowed").hasSize(2);
    }

    private static List<Mailbox.Mail> notices(Member member, String title) {
        return PortalEnvironment.mailbox().to(member.email()).stream()
                .filter(m -> m.subject().equals("New post in " + title)).toList();
    }

    private static void awaitNotices(Member member, String title, int count) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (notices(member, title).size() < count && Instant.now().isBefore(deadline)) {
            Pause.pause(Duration.ofMillis(100));
        }
        assertThat(notices(member, title)).as("e-mails about " + title + " to " + member.email()).hasSize(count);
    }

    @Test
    void postingPastTheLimitAnswers429WithRetryAfter() {
        PortalClient agent = agent();
        Member ann = member(members(agent));
        String forum = forum(agent);
        String topic = expect(201, ann.client().post("api/v1/forums/" + forum + "/topics", topic("Chatty", "1")))
                .getString("id");
        for (int i = 2; i <= POSTS_PER_WINDOW; i++) {
            expect(201, ann.client().post("api/v1/topics/" + topic + "/posts", body("Post " + i)));
        }

        Reply refused = ann.client().post("api/v1/topics/" + topic + "/posts", body("One too many"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(429);
        assertThat(problemCode(refused)).isEqualTo("too-many-attempts");
        assertThat(refused.header("Retry-After")).isPresent();
        assertThat(expect(200, ann.client().get("api/v1/topics/" + topic)).getInt("replyCount"))
                .isEqualTo(POSTS_PER_WINDOW - 1);
    }

    @Test
    void inTheBrowserAMemberSearchesVotesAndStartsATopicAndAnotherCompanysMemberReplies() {
        PortalClient agent = agent();
        Members members = members(agent);
        Member ann = member(members);
        Member bob = member(members);
        String word = uniqueWord();
        String title = "Label printer " + word;
        String id = publish(agent, title, "Feed the labels **face down**.");
        String forumName = "Forum " + uniqueWord();
        String forum = expect(201, agent.post("api/v1/admin/forums", Json.createObjectBuilder()
                .add("name", forumName).add("description", "Printers and labels").build())).getString("id");

        try (MemberBrowser browser = new MemberBrowser(base)) {
            browser.signedIn(ann.email(), Members.PASSWORD);
            browser.navigate("Knowledge base");
            browser.find("heading", "Knowledge base");
            browser.type("textbox", "Search articles", word);
            browser.click("button", "Search");
            browser.click("link", title);
            browser.find("heading", title);
            browser.find("heading", "Was this helpful?");
            browser.click("button", "Yes");
            assertThat(browser.status()).contains("counted");
            assertThat(browser.accessibilityViolations()).as("axe-core on an article").isEmpty();
            browser.screenshotAtBothWidths("kb-article");

            browser.navigate("Tickets");
            browser.click("button", "New ticket");
            browser.type("textbox", "Subject", "The label printer " + word + " stops");
            browser.find("heading", "Suggested articles");
            browser.find("link", title);
            assertThat(browser.accessibilityViolations()).as("axe-core on a ticket's suggestions").isEmpty();
            browser.screenshotAtBothWidths("kb-ticket-suggestions");

            browser.navigate("Forums");
            browser.click("link", forumName);
            browser.click("button", "New topic");
            browser.type("textbox", "Title", "Labels curl " + word);
            browser.type("textbox", "Text", "They curl after *printing*.");
            browser.click("button", "Start topic");
            browser.find("heading", "Labels curl " + word);
            browser.find("button", "Unfollow");
            assertThat(browser.accessibilityViolations()).as("axe-core on a topic").isEmpty();
            browser.screenshotAtBothWidths("forum-topic");
        }
        assertThat(votes(expect(200, agent.get("api/v1/admin/articles/" + id)))).isEqualTo("1 yes, 0 no");
        String topic = expect(200, agent.get("api/v1/forums/" + forum + "/topics")).getJsonArray("items")
                .getJsonObject(0).getString("id");

        try (MemberBrowser browser = new MemberBrowser(base)) {
            browser.signedIn(bob.email(), Members.PASSWORD);
            browser.open("forums/topics/" + topic);
            browser.find("heading", "Labels curl " + word);
            browser.find("button", "Follow");
            browser.type("textbox", "Reply", "Dry them flat.");
            browser.click("button", "Post reply");
            assertThat(browser.status()).contains("posted");
            browser.find("button", "Unfollow");
            assertThat(browser.text("main")).contains("Test B.", "Dry them flat.").doesNotContain(ann.email());
            assertThat(browser.accessibilityViolations()).as("axe-core on a topic with a reply").isEmpty();
            browser.screenshotAtBothWidths("forum-topic-reply");
        }
    }

    @Test
    void inTheConsoleAnAgentWritesAnArticleWithAPreviewAndPublishesIt() {
        Member member = member(members(agent()));
        String word = uniqueWord();
        String title = "Toner " + word;
        try (ConsoleBrowser console = new ConsoleBrowser(base)) {
            console.signInAsAgent();
            console.navigate("Articles");
            console.click("button", "New article");
            console.type("textbox", "Title", title);
            console.type("textbox", "Category", "Printing");
            console.type("textbox", "Body", "Shake the **toner** " + word + ".\n\n<script>alert(1)</script>");
            console.find("heading", "Preview");
            console.waitUntil("the preview of the body", () -> !console.driver()
                    .findElements(By.cssSelector("main section strong")).isEmpty());
            assertThat(console.text("main section")).contains("Shake the toner").doesNotContain("alert");
            assertThat(console.driver().findElements(By.cssSelector("main script"))).isEmpty();
            new Select(console.find("combobox", "Status")).selectByVisibleText("Published");
            console.click("button", "Save article");
            assertThat(console.status()).contains("published");
            assertThat(console.accessibilityViolations()).as("axe-core on the article editor").isEmpty();
            console.screenshotAtBothWidths("console-article-editor");
        }
        List<JsonObject> found = expect(200, member.client().get("api/v1/articles?q=" + word)).getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertThat(found).extracting(a -> a.getString("title")).containsExactly(title);
    }

    /** The latest events of the trail, newest first (the test's own are among them: it made them last). */
    private static List<JsonObject> latestAuditEvents(PortalClient agent) {
        return expect(200, agent.get("api/v1/admin/audit-events?limit=200")).getJsonArray("items")
                .getValuesAs(JsonObject.class);
    }

    private static List<JsonObject> on(List<JsonObject> events, String subject) {
        return events.stream().filter(e -> subject.equals(e.getString("subject", null))).toList();
    }

    private static List<String> actions(List<JsonObject> events, String subject) {
        return on(events, subject).stream().map(e -> e.getString("action")).toList();
    }

    @Test
    void publishingAndModerationAreInTheAuditTrailOncePerChange() {
        PortalClient agent = agent();
        String article = publish(agent, "Audited " + uniqueWord(), "Read me.");
        ReportedReply reported = reportedReply(agent, "Audit me", "Cheap toner here");
        String forum = reported.forum();
        String topic = reported.topic();
        String spam = reported.reply();
        String report = expect(200, agent.get("api/v1/admin/post-reports?open=true&limit=200")).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(r -> r.getString("postId").equals(spam))
                .findFirst().orElseThrow().getString("id");

        for (int twice = 0; twice < 2; twice++) {
            expect(200, agent.patch("api/v1/admin/topics/" + topic, Json.createObjectBuilder()
                    .add("pinned", true).add("locked", true).build()));
            expect(200, agent.patch("api/v1/admin/posts/" + spam, Json.createObjectBuilder().add("hidden", true)
                    .build()));
        }
        expect(200, agent.patch("api/v1/admin/topics/" + topic, Json.createObjectBuilder().add("locked", false)
                .build()));
        expect(200, agent.patch("api/v1/admin/post-reports/" + report, Json.createObjectBuilder().add("closed", true)
                .build()));

        String agentId = expect(200, agent.get("api/v1/me")).getString("id");
        List<JsonObject> trail = latestAuditEvents(agent);
        assertThat(actions(trail, article)).containsExactly("ARTICLE_PUBLISHED");
        assertThat(actions(trail, forum)).containsExactly("FORUM_CREATED");
        assertThat(actions(trail, topic)).as("newest first, a repeated change not again")
                .containsExactly("TOPIC_UNLOCKED", "TOPIC_LOCKED", "TOPIC_PINNED");
        assertThat(on(trail, topic)).allSatisfy(e -> assertThat(e.getString("actor")).isEqualTo("agent:" + agentId));
        assertThat(actions(trail, spam)).containsExactly("POST_HIDDEN");
        assertThat(on(trail, spam).get(0).toString()).as("what the member wrote").doesNotContain("toner");
        assertThat(actions(trail, report)).containsExactly("POST_REPORT_CLOSED");
    }

    @Test
    void inTheConsoleAnAgentPinsAndLocksATopicHidesAPostAndTheMemberCannotReplyUntilItIsUnlocked() {
        PortalClient agent = agent();
        String title = "Scanner streaks " + uniqueWord();
        ReportedReply reported = reportedReply(agent, title, "Buy my scanner, cheap");
        String forum = reported.forum();
        String topic = reported.topic();
        Member bob = reported.bob();
        String other = "Scanner noise " + uniqueWord();
        expect(201, reported.ann().client().post("api/v1/forums/" + forum + "/topics", topic(other, "It hums.")));
        String forumName = agent.get("api/v1/forums").structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("id").equals(forum)).findFirst().orElseThrow().getString("name");

        try (ConsoleBrowser console = new ConsoleBrowser(base)) {
            console.signInAsAgent();
            console.navigate("Forums");
            console.find("heading", "Reports");
            assertThat(console.accessibilityViolations()).as("axe-core on the forums and reports").isEmpty();
            console.size(PageBrowser.PHONE);
            assertThat(console.overflowsSideways()).as("the forums on a 375-px phone").isFalse();
            console.size(PageBrowser.LAPTOP);
            console.click("link", forumName);
            console.find("heading", forumName);
            console.click("button", "Pin " + title);
            assertThat(console.status()).contains("pinned");
            console.click("button", "Lock " + title);
            assertThat(console.status()).contains("locked");
            console.find("button", "Unpin " + title);
            console.find("button", "Unlock " + title);
            console.find("button", "Pin " + other);
            assertThat(console.row(title, "Pinned, Locked").getText()).contains("Test B.");
            assertThat(console.text("main tbody tr")).as("pinned first").contains(title);
            seenAtBothWidths(console, "console-forum-topics");

            console.click("link", title);
            console.find("heading", title);
            WebElement reply = console.row("Buy my scanner");
            console.click(console.within(reply, "button", "Hide post 2"));
            assertThat(console.status()).contains("Post 2 is hidden");
            console.find("button", "Show post 2");
            console.find("button", "Hide post 1");
            console.find("button", "Unlock");
            seenAtBothWidths(console, "console-forum-topic");
        }

        try (MemberBrowser browser = new MemberBrowser(base)) {
            browser.signedIn(bob.email(), Members.PASSWORD);
            browser.open("forums/" + forum);
            browser.click("link", "Pinned: " + title + " (locked)");
            browser.find("heading", title);
            assertThat(browser.text("main")).contains("This topic is locked", "Test B.")
                    .doesNotContain("Buy my scanner");
            assertThat(browser.driver().findElements(By.cssSelector("main textarea"))).as("no Reply box").isEmpty();
            assertThat(browser.accessibilityViolations()).as("axe-core on a locked topic").isEmpty();
            browser.screenshotAtBothWidths("forum-topic-locked");
        }
        Reply refused = bob.client().post("api/v1/topics/" + topic + "/posts", body("Still streaky"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);

        try (ConsoleBrowser console = new ConsoleBrowser(base)) {
            console.signInAsAgent();
            console.open("forums/topics/no-such-topic");
            console.find("heading", "Topic");
            assertThat(console.alert()).as("the API's 404, in words").containsIgnoringCase("topic");
            console.open("forums/topics/" + topic);
            console.find("heading", title);
            console.click("button", "Unlock");
            assertThat(console.status()).contains("unlocked");
            console.find("button", "Lock");
        }
        expect(201, bob.client().post("api/v1/topics/" + topic + "/posts", body("Cleaned the glass, fixed.")));
    }

    /** axe-core clean, no sideways scrolling on a phone, and both widths' screenshots. */
    private static void seenAtBothWidths(ConsoleBrowser console, String screenshot) {
        assertThat(console.accessibilityViolations()).as("axe-core on " + screenshot).isEmpty();
        console.size(PageBrowser.PHONE);
        assertThat(console.overflowsSideways()).as(screenshot + " on a 375-px phone").isFalse();
        console.size(PageBrowser.LAPTOP);
        console.screenshotAtBothWidths(screenshot);
    }
}
