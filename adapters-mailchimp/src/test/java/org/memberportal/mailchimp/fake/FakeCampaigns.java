package org.memberportal.mailchimp.fake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * The fake's campaigns and Mailchimp's rules for them: a regular campaign to one audience,
 * narrowed by a segment that is evaluated against the audience's members; content that must hold
 * the {@code *|UNSUB|*} merge tag; a send checklist; test sends within a daily quota; one send
 * only (a second one is refused, as Mailchimp refuses it); a schedule on a quarter hour; and a
 * report. One lock guards it all.
 */
final class FakeCampaigns {

    static final String UNSUB = "*|UNSUB|*";
    /** Test sends allowed per day and account (Mailchimp's quota depends on the plan). */
    static final int TEST_SENDS_PER_DAY = 24;

    private final Clock clock;
    private final Function<String, FakeAudience> audiences;
    private final Map<String, Stored> campaigns = new LinkedHashMap<>();
    private final Map<LocalDate, Integer> testSendsByDay = new LinkedHashMap<>();
    private final List<TestSend> testSends = new ArrayList<>();
    private Duration sendingTakes = Duration.ZERO;
    private int sends;

    /** A test send as asked: the campaign and the addresses. */
    record TestSend(String campaignId, List<String> emails) {
    }

    private static final class Stored {
        final String id;
        final String webId;
        final String listId;
        final Instant createTime;
        FakeCampaign.Segment segment;
        String title;
        String subject;
        String previewText;
        String fromName;
        String replyTo;
        String html;
        String plainText;
        String status = "save";
        Instant sendTime;
        Instant scheduleTime;
        List<String> recipients = List.of();
        int opens;
        int clicks;

        /** Mailchimp's web id is a number that grows with the account's campaigns. */
        Stored(String listId, Instant createTime, int sequence) {
            this(newId(), String.valueOf(100_000 + sequence), listId, createTime);
        }

        private Stored(String id, String webId, String listId, Instant createTime) {
            this.id = id;
            this.webId = webId;
            this.listId = listId;
            this.createTime = createTime;
        }
    }

    FakeCampaigns(Clock clock, Function<String, FakeAudience> audiences) {
        this.clock = clock;
        this.audiences = audiences;
    }

    // ---- the API

    synchronized FakeCampaign create(JsonObject body) {
        if (!"regular".equals(body.getString("type", null))) {
            throw MailchimpError.invalidField("type", "Value is not one of enum values: regular, plaintext, absplit, rss, variate");
        }
        JsonObject recipients = object(body, "recipients");
        String listId = recipients.getString("list_id", null);
        if (listId == null || audiences.apply(listId) == null) {
            throw MailchimpError.invalidField("recipients.list_id", "The list_id is invalid.");
        }
        JsonValue options = recipients.get("segment_opts");
        FakeCampaign.Segment segment = options instanceof JsonObject given ? segment(listId, given) : new FakeCampaign.Segment("all", List.of());
        JsonObject settings = object(body, "settings");
        Instant now = now();
        Stored campaign = new Stored(listId, now, campaigns.size());
        campaign.segment = segment;
        campaign.title = settings.getString("title", "");
        campaign.subject = settings.getString("subject_line", "");
        campaign.previewText = settings.getString("preview_text", "");
        campaign.fromName = settings.getString("from_name", "");
        campaign.replyTo = settings.getString("reply_to", "");
        if (campaign.subject.length() > 150) {
            throw MailchimpError.invalidField("settings.subject_line", "This value is too long. It should have 150 characters or less.");
        }
        campaigns.put(campaign.id, campaign);
        return view(campaign);
    }

    /** Newest last, as Mailchimp lists them when asked by create time. */
    synchronized List<FakeCampaign> list(String listId, Instant createdSince) {
        return campaigns.values().stream()
                .filter(campaign -> listId == null || listId.equals(campaign.listId))
                .filter(campaign -> createdSince == null || !campaign.createTime.isBefore(createdSince))
                .map(this::view)
                .toList();
    }

    synchronized FakeCampaign get(String id) {
        return view(existing(id));
    }

    synchronized Optional<FakeCampaign> find(String id) {
        return Optional.ofNullable(campaigns.get(id)).map(this::view);
    }

    synchronized List<FakeCampaign> all() {
        return campaigns.values().stream().map(this::view).toList();
    }

    synchronized void content(String id, JsonObject body) {
        Stored campaign = existing(id);
        requireEditable(campaign);
        String html = body.getString("html", null);
        if (html == null || html.isBlank()) {
            throw MailchimpError.invalidField("html", "This value should not be blank.");
        }
        campaign.html = html;
        campaign.plainText = body.getString("plain_text", null);
    }

    /** Mailchimp's checklist items: each error is one a send would be refused for. */
    synchronized List<ChecklistItem> checklist(String id) {
        Stored campaign = existing(id);
        List<ChecklistItem> items = new ArrayList<>();
        item(items, campaign.subject == null || campaign.subject.isBlank(), 1, "Subject line",
                "You need to add a subject line.", "Your subject line is set.");
        item(items, campaign.fromName == null || campaign.fromName.isBlank() || campaign.replyTo == null
                || campaign.replyTo.isBlank(), 2, "From name and email",
                "You need to add a from name and reply-to address.", "Your from name and email are set.");
        item(items, campaign.html == null, 3, "Content", "You need to add content to your campaign.",
                "Your campaign has content.");
        if (campaign.html != null) {
            item(items, !campaign.html.contains(UNSUB), 4, "Unsubscribe link",
                    "Your campaign content is missing the required *|UNSUB|* merge tag.",
                    "Your content has an unsubscribe link.");
        }
        item(items, reached(campaign).isEmpty(), 5, "Recipients",
                "Your segment has no subscribed contacts to send to.", "Your campaign has recipients.");
        return items;
    }

    synchronized void test(String id, JsonObject body) {
        Stored campaign = existing(id);
        JsonValue emails = body.get("test_emails");
        if (!(emails instanceof JsonArray array) || array.isEmpty()) {
            throw MailchimpError.invalidField("test_emails", "This value should not be blank.");
        }
        List<String> checklistErrors = errors(campaign);
        if (campaign.html == null || !campaign.html.contains(UNSUB)) {
            throw MailchimpError.of(400, "Bad Request", "Your campaign is not ready to send. " + String.join(" ", checklistErrors));
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        int used = testSendsByDay.getOrDefault(today, 0);
        if (used >= TEST_SENDS_PER_DAY) {
            throw MailchimpError.of(400, "Bad Request", "You have reached the maximum number of test sends for today.");
        }
        testSendsByDay.put(today, used + 1);
        testSends.add(new TestSend(id, array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()));
    }

    /** The one send: refused for a campaign not ready, and for one sending, scheduled or sent already. */
    synchronized void send(String id) {
        Stored campaign = existing(id);
        deliverIfDue(campaign);
        if (!"save".equals(campaign.status) && !"paused".equals(campaign.status)) {
            throw MailchimpError.of(400, "Bad Request", "This campaign cannot be sent because its status is "
                    + campaign.status + ".");
        }
        List<String> errors = errors(campaign);
        if (!errors.isEmpty()) {
            throw MailchimpError.of(400, "Bad Request", "Your campaign is not ready to send. " + String.join(" ", errors));
        }
        campaign.recipients = reached(campaign);
        campaign.sendTime = clock.instant();
        campaign.status = "sending";
        sends++;
    }

    /** The sends Mailchimp accepted, scheduled ones that went out included. */
    synchronized int sends() {
        return sends;
    }

    synchronized void schedule(String id, JsonObject body) {
        Stored campaign = existing(id);
        deliverIfDue(campaign);
        if (!"save".equals(campaign.status) && !"paused".equals(campaign.status)) {
            throw MailchimpError.of(400, "Bad Request", "This campaign cannot be scheduled because its status is "
                    + campaign.status + ".");
        }
        Instant at;
        try {
            at = OffsetDateTime.parse(body.getString("schedule_time", "")).toInstant();
        } catch (DateTimeParseException e) {
            throw MailchimpError.invalidField("schedule_time", "The date/time value is not in ISO 8601 format.");
        }
        OffsetDateTime utc = at.atOffset(ZoneOffset.UTC);
        if (utc.getMinute() % 15 != 0 || utc.getSecond() != 0 || utc.getNano() != 0) {
            throw MailchimpError.of(400, "Invalid Resource",
                    "Schedule time must be on the quarter-hour (:00, :15, :30, :45).");
        }
        if (!at.isAfter(clock.instant())) {
            throw MailchimpError.of(400, "Invalid Resource", "Schedule time must be in the future.");
        }
        List<String> errors = errors(campaign);
        if (!errors.isEmpty()) {
            throw MailchimpError.of(400, "Bad Request", "Your campaign is not ready to send. " + String.join(" ", errors));
        }
        campaign.scheduleTime = at;
        campaign.status = "schedule";
    }

    synchronized void unschedule(String id) {
        Stored campaign = existing(id);
        deliverIfDue(campaign);
        if (!"schedule".equals(campaign.status)) {
            throw MailchimpError.of(400, "Bad Request", "This campaign is not scheduled.");
        }
        campaign.scheduleTime = null;
        campaign.status = "paused";
    }

    // ---- what happens outside the API

    /** How long a campaign stays {@code sending} before it is {@code sent}; zero by default. */
    synchronized void sendingTakes(Duration duration) {
        sendingTakes = duration;
    }

    /** Every scheduled campaign goes out now, as if its time had come. */
    synchronized void deliverScheduledNow() {
        campaigns.values().stream().filter(campaign -> "schedule".equals(campaign.status)).forEach(campaign -> {
            campaign.scheduleTime = clock.instant();
            deliverIfDue(campaign);
        });
    }

    /** Recipients open and click a sent campaign. */
    synchronized void recordActivity(String id, int opens, int clicks) {
        Stored campaign = existing(id);
        campaign.opens += opens;
        campaign.clicks += clicks;
    }

    synchronized List<TestSend> testSends() {
        return List.copyOf(testSends);
    }

    /** Who the campaign's segment reaches now, or reached when it was sent. */
    synchronized List<String> recipients(String id) {
        Stored campaign = existing(id);
        deliverIfDue(campaign);
        return campaign.sendTime != null ? campaign.recipients : reached(campaign);
    }

    // ---- the rules

    record ChecklistItem(String type, int id, String heading, String details) {
    }

    private static void item(List<ChecklistItem> items, boolean error, int id, String heading, String ifError,
            String ifFine) {
        items.add(new ChecklistItem(error ? "error" : "success", id, heading, error ? ifError : ifFine));
    }

    private List<String> errors(Stored campaign) {
        return checklist(campaign.id).stream().filter(item -> item.type().equals("error"))
                .map(ChecklistItem::details).toList();
    }

    private static void requireEditable(Stored campaign) {
        if (!"save".equals(campaign.status) && !"paused".equals(campaign.status)) {
            throw MailchimpError.of(400, "Bad Request", "This campaign cannot be edited because its status is "
                    + campaign.status + ".");
        }
    }

    /** A scheduled campaign whose time came is sent; a sending one is sent once its sending took its time. */
    private void deliverIfDue(Stored campaign) {
        Instant now = clock.instant();
        if ("schedule".equals(campaign.status) && !campaign.scheduleTime.isAfter(now)) {
            campaign.recipients = reached(campaign);
            campaign.sendTime = campaign.scheduleTime;
            campaign.status = "sending";
            sends++;
        }
        if ("sending".equals(campaign.status) && !campaign.sendTime.plus(sendingTakes).isAfter(now)) {
            campaign.status = "sent";
        }
    }

    /** Campaigns go to subscribed members only, and of those to the ones the segment matches. */
    private List<String> reached(Stored campaign) {
        FakeAudience audience = audiences.apply(campaign.listId);
        return audience.members().stream()
                .filter(member -> member.status().equals("subscribed"))
                .filter(member -> matches(campaign.segment, member))
                .map(FakeMember::emailAddress)
                .toList();
    }

    private static boolean matches(FakeCampaign.Segment segment, FakeMember member) {
        if (segment.conditions().isEmpty()) {
            return true;
        }
        return segment.match().equals("any")
                ? segment.conditions().stream().anyMatch(condition -> matches(condition, member))
                : segment.conditions().stream().allMatch(condition -> matches(condition, member));
    }

    private static boolean matches(FakeCampaign.Condition condition, FakeMember member) {
        if (condition.type().equals("Interests")) {
            return switch (condition.op()) {
                case "interestcontains" -> condition.values().stream().anyMatch(member::isOptedInto);
                case "interestcontainsall" -> condition.values().stream().allMatch(member::isOptedInto);
                default -> condition.values().stream().noneMatch(member::isOptedInto);
            };
        }
        // Mailchimp compares text merge fields without regard to case
        String value = member.mergeFields().getOrDefault(condition.field(), "").toLowerCase(Locale.ROOT);
        String wanted = condition.values().get(0).toLowerCase(Locale.ROOT);
        return switch (condition.op()) {
            case "is" -> value.equals(wanted);
            case "not" -> !value.equals(wanted);
            case "contains" -> value.contains(wanted);
            case "notcontain" -> !value.contains(wanted);
            case "starts" -> value.startsWith(wanted);
            default -> value.endsWith(wanted);
        };
    }

    private FakeCampaign.Segment segment(String listId, JsonObject options) {
        String match = options.getString("match", "all");
        if (!match.equals("all") && !match.equals("any")) {
            throw MailchimpError.invalidField("recipients.segment_opts.match", "Value is not one of enum values: any, all");
        }
        List<FakeCampaign.Condition> conditions = new ArrayList<>();
        JsonValue given = options.get("conditions");
        if (given instanceof JsonArray array) {
            for (JsonValue entry : array) {
                conditions.add(condition(listId, entry.asJsonObject()));
            }
        }
        return new FakeCampaign.Segment(match, List.copyOf(conditions));
    }

    private FakeCampaign.Condition condition(String listId, JsonObject json) {
        String type = json.getString("condition_type", "");
        String field = json.getString("field", "");
        String op = json.getString("op", "");
        JsonValue value = json.get("value");
        switch (type) {
            case "Interests" -> {
                if (!List.of("interestcontains", "interestcontainsall", "interestnotcontains").contains(op)) {
                    throw MailchimpError.invalidField("recipients.segment_opts.conditions.op", "Invalid op " + op + ".");
                }
                FakeAudience audience = audiences.apply(listId);
                String categoryId = field.startsWith("interests-") ? field.substring("interests-".length()) : "";
                if (audience.categories().stream().noneMatch(category -> category.id().equals(categoryId))) {
                    throw MailchimpError.invalidField("recipients.segment_opts.conditions.field",
                            "Invalid interest category " + field + ".");
                }
                if (!(value instanceof JsonArray ids) || ids.isEmpty()) {
                    throw MailchimpError.invalidField("recipients.segment_opts.conditions.value",
                            "Schema describes array, " + (value == null ? "null" : value.getValueType()) + " found instead");
                }
                List<String> interestIds = ids.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
                if (!audience.interests(categoryId).keySet().containsAll(interestIds)) {
                    throw MailchimpError.invalid("Invalid interest ID in segment conditions.");
                }
                return new FakeCampaign.Condition(type, field, op, interestIds);
            }
            case "TextMerge" -> {
                if (!List.of("is", "not", "contains", "notcontain", "starts", "ends").contains(op)) {
                    throw MailchimpError.invalidField("recipients.segment_opts.conditions.op", "Invalid op " + op + ".");
                }
                if (!(value instanceof JsonString text)) {
                    throw MailchimpError.invalidField("recipients.segment_opts.conditions.value",
                            "Schema describes string, " + (value == null ? "null" : value.getValueType()) + " found instead");
                }
                if (field.isBlank() || field.length() > 10) {
                    throw MailchimpError.invalidField("recipients.segment_opts.conditions.field", "Invalid merge field.");
                }
                return new FakeCampaign.Condition(type, field, op, List.of(text.getString()));
            }
            default -> throw MailchimpError.invalidField("recipients.segment_opts.conditions.condition_type",
                    "The fake knows only Interests and TextMerge conditions, not " + type + ".");
        }
    }

    private FakeCampaign view(Stored campaign) {
        deliverIfDue(campaign);
        return new FakeCampaign(campaign.id, campaign.listId, campaign.title, campaign.subject, campaign.status,
                campaign.segment, campaign.html, campaign.plainText, campaign.createTime, campaign.sendTime,
                campaign.scheduleTime, campaign.recipients, campaign.opens, campaign.clicks);
    }

    int recipientCount(FakeCampaign campaign) {
        return campaign.sendTime() != null ? campaign.recipients().size() : recipients(campaign.id()).size();
    }

    String webId(String id) {
        synchronized (this) {
            return existing(id).webId;
        }
    }

    private Stored existing(String id) {
        Stored campaign = campaigns.get(id);
        if (campaign == null) {
            throw MailchimpError.notFound();
        }
        return campaign;
    }

    private static JsonObject object(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw MailchimpError.invalidField(name, "This value should not be blank.");
        }
        return value.asJsonObject();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private static String newId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
