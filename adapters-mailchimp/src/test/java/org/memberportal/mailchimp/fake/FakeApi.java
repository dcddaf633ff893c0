package org.memberportal.mailchimp.fake;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import org.memberportal.mailchimp.fake.FakeAudience.WriteMode;
import org.memberportal.mailchimp.fake.FakeAudience.Written;

/** What each endpoint does, in Mailchimp's JSON. */
final class FakeApi {

    /**
     * Json.createObjectBuilder() looks the JSON provider up through the ServiceLoader on every
     * call: once per member, that scan of the class path was most of a large page's cost.
     */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    static final int DEFAULT_COUNT = 10;
    static final int MAX_COUNT = 1000;
    static final int MAX_BATCH = 500;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private final Function<String, FakeAudience> audiences;
    private final Iterable<FakeAudience> allAudiences;
    private final FakeCampaigns campaigns;

    FakeApi(Function<String, FakeAudience> audiences, Iterable<FakeAudience> allAudiences, FakeCampaigns campaigns) {
        this.audiences = audiences;
        this.allAudiences = allAudiences;
        this.campaigns = campaigns;
    }

    FakeResponse handle(FakeRequest request) {
        return switch (request.endpoint()) {
            case PING -> ok(JSON.createObjectBuilder().add("health_status", "Everything's Chimpy!"));
            case LISTS -> lists();
            case LIST -> ok(list(audience(request)));
            case BATCH_SUBSCRIBE -> batchSubscribe(audience(request), request.requireBody());
            case CATEGORIES -> categories(audience(request), request);
            case CATEGORY_CREATE -> createCategory(audience(request), request.requireBody());
            case INTERESTS -> interests(audience(request), request);
            case INTEREST_CREATE -> createInterest(audience(request), request);
            case MEMBERS -> members(audience(request), request);
            case MEMBER_CREATE -> writeMember(audience(request), null, request.requireBody(), WriteMode.CREATE);
            case MEMBER_GET -> getMember(audience(request), request.secondParameter());
            case MEMBER_PUT -> writeMember(audience(request), request.secondParameter(), request.requireBody(),
                    WriteMode.PUT);
            case MEMBER_ARCHIVE -> {
                audience(request).archive(request.secondParameter());
                yield FakeResponse.noContent();
            }
            case MEMBER_DELETE_PERMANENT -> {
                audience(request).deletePermanently(request.secondParameter());
                yield FakeResponse.noContent();
            }
            case MEMBER_TAGS -> {
                // tags are not modelled: the portal does not use them; the call is only checked
                audience(request).requireMember(request.secondParameter());
                yield FakeResponse.noContent();
            }
            case MERGE_FIELDS -> mergeFields(audience(request), request);
            case MERGE_FIELD_CREATE -> {
                JsonObject body = request.requireBody();
                yield ok(mergeField(audience(request), audience(request).createMergeField(body.getString("tag", null),
                        body.getString("name", null), body.getString("type", null))));
            }
            case CAMPAIGNS -> campaignList(request);
            case CAMPAIGN_CREATE -> ok(campaign(campaigns.create(request.requireBody())));
            case CAMPAIGN_GET -> ok(campaign(campaigns.get(request.campaignId())));
            case CAMPAIGN_CONTENT -> {
                campaigns.content(request.campaignId(), request.requireBody());
                FakeCampaign campaign = campaigns.get(request.campaignId());
                JsonObjectBuilder content = JSON.createObjectBuilder().add("html", campaign.html());
                if (campaign.plainText() != null) {
                    content.add("plain_text", campaign.plainText());
                }
                yield ok(content);
            }
            case CAMPAIGN_CHECKLIST -> checklist(request.campaignId());
            case CAMPAIGN_TEST -> noContent(() -> campaigns.test(request.campaignId(), request.requireBody()));
            case CAMPAIGN_SEND -> noContent(() -> campaigns.send(request.campaignId()));
            case CAMPAIGN_SCHEDULE -> noContent(() -> campaigns.schedule(request.campaignId(), request.requireBody()));
            case CAMPAIGN_UNSCHEDULE -> noContent(() -> campaigns.unschedule(request.campaignId()));
            case REPORT -> report(campaigns.get(request.campaignId()));
        };
    }

    private static FakeResponse noContent(Runnable action) {
        action.run();
        return FakeResponse.noContent();
    }

    private FakeResponse mergeFields(FakeAudience audience, FakeRequest request) {
        var fields = audience.mergeFields();
        JsonArrayBuilder page = JSON.createArrayBuilder();
        window(fields.size(), request).forEach(index -> page.add(mergeField(audience, fields.get(index))));
        return ok(JSON.createObjectBuilder().add("merge_fields", page).add("list_id", audience.id)
                .add("total_items", fields.size()));
    }

    private static JsonObjectBuilder mergeField(FakeAudience audience, FakeAudience.MergeField field) {
        return JSON.createObjectBuilder().add("merge_id", field.id()).add("tag", field.tag()).add("name", field.name())
                .add("type", field.type()).add("list_id", audience.id);
    }

    private FakeResponse campaignList(FakeRequest request) {
        Instant since = timeQuery(request, "since_create_time");
        var all = campaigns.list(request.query().get("list_id"), since);
        JsonArrayBuilder page = JSON.createArrayBuilder();
        window(all.size(), request).forEach(index -> page.add(campaign(all.get(index))));
        return ok(JSON.createObjectBuilder().add("campaigns", page).add("total_items", all.size()));
    }

    private JsonObjectBuilder campaign(FakeCampaign campaign) {
        JsonArrayBuilder conditions = JSON.createArrayBuilder();
        campaign.segment().conditions().forEach(condition -> {
            JsonObjectBuilder json = JSON.createObjectBuilder().add("condition_type", condition.type())
                    .add("field", condition.field()).add("op", condition.op());
            if (condition.type().equals("Interests")) {
                JsonArrayBuilder values = JSON.createArrayBuilder();
                condition.values().forEach(values::add);
                json.add("value", values);
            } else {
                json.add("value", condition.values().get(0));
            }
            conditions.add(json);
        });
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("id", campaign.id())
                .add("web_id", Long.parseLong(campaigns.webId(campaign.id())))
                .add("type", "regular")
                .add("create_time", TIME.format(campaign.createTime().atOffset(ZoneOffset.UTC)))
                .add("status", campaign.status())
                .add("emails_sent", campaign.sendTime() == null ? 0 : campaign.recipients().size())
                .add("send_time", campaign.sendTime() == null ? ""
                        : TIME.format(campaign.sendTime().atOffset(ZoneOffset.UTC)))
                .add("recipients", JSON.createObjectBuilder().add("list_id", campaign.listId())
                        .add("segment_opts", JSON.createObjectBuilder().add("match", campaign.segment().match())
                                .add("conditions", conditions))
                        .add("recipient_count", campaigns.recipientCount(campaign)))
                .add("settings", JSON.createObjectBuilder().add("subject_line", campaign.subject())
                        .add("title", campaign.title()));
        return json;
    }

    private FakeResponse checklist(String campaignId) {
        var items = campaigns.checklist(campaignId);
        JsonArrayBuilder json = JSON.createArrayBuilder();
        items.forEach(item -> json.add(JSON.createObjectBuilder().add("type", item.type()).add("id", item.id())
                .add("heading", item.heading()).add("details", item.details())));
        return ok(JSON.createObjectBuilder().add("is_ready", items.stream().noneMatch(item -> item.type().equals("error")))
                .add("items", json));
    }

    /** Mailchimp has a report for a campaign once it was sent. */
    private static FakeResponse report(FakeCampaign campaign) {
        if (campaign.sendTime() == null) {
            throw MailchimpError.notFound();
        }
        return ok(JSON.createObjectBuilder()
                .add("id", campaign.id())
                .add("campaign_title", campaign.title())
                .add("subject_line", campaign.subject())
                .add("emails_sent", campaign.recipients().size())
                .add("send_time", TIME.format(campaign.sendTime().atOffset(ZoneOffset.UTC)))
                .add("opens", JSON.createObjectBuilder().add("opens_total", campaign.opens())
                        .add("unique_opens", Math.min(campaign.opens(), campaign.recipients().size())))
                .add("clicks", JSON.createObjectBuilder().add("clicks_total", campaign.clicks())
                        .add("unique_clicks", Math.min(campaign.clicks(), campaign.recipients().size()))));
    }

    /** Members of a batch as they come, for the call counts. */
    static int membersIn(FakeRequest request) {
        if (request.endpoint() == FakeEndpoint.BATCH_SUBSCRIBE) {
            JsonValue members = request.body() == null ? null : request.body().get("members");
            return members instanceof JsonArray array ? array.size() : 0;
        }
        return request.endpoint().writesMembers() ? 1 : 0;
    }

    private FakeResponse lists() {
        JsonArrayBuilder lists = JSON.createArrayBuilder();
        int total = 0;
        for (FakeAudience audience : allAudiences) {
            lists.add(list(audience));
            total++;
        }
        return ok(JSON.createObjectBuilder().add("lists", lists).add("total_items", total));
    }

    private static JsonObjectBuilder list(FakeAudience audience) {
        return JSON.createObjectBuilder()
                .add("id", audience.id)
                .add("name", audience.name)
                .add("stats", JSON.createObjectBuilder().add("member_count", audience.size()));
    }

    private FakeResponse batchSubscribe(FakeAudience audience, JsonObject body) {
        JsonValue members = body.get("members");
        if (!(members instanceof JsonArray array)) {
            throw MailchimpError.invalidField("members", "This value should not be blank.");
        }
        if (array.size() > MAX_BATCH) {
            throw MailchimpError.invalidField("members", "Schema describes array, maximum " + MAX_BATCH + " items");
        }
        WriteMode mode = body.getBoolean("update_existing", false) ? WriteMode.BATCH_UPSERT : WriteMode.BATCH_NEW_ONLY;
        JsonArrayBuilder created = JSON.createArrayBuilder();
        JsonArrayBuilder updated = JSON.createArrayBuilder();
        JsonArrayBuilder errors = JSON.createArrayBuilder();
        int createdCount = 0;
        int updatedCount = 0;
        int errorCount = 0;
        // one bad member does not fail the others
        for (JsonValue entry : array) {
            String email = null;
            try {
                if (entry.getValueType() != JsonValue.ValueType.OBJECT) {
                    throw MailchimpError.invalidField("members", "Schema describes object");
                }
                MemberWrite write = MemberWrite.from(entry.asJsonObject());
                email = write.emailAddress();
                Written written = audience.write(null, write, mode);
                if (written.created()) {
                    created.add(member(audience, written.member()));
                    createdCount++;
                } else {
                    updated.add(member(audience, written.member()));
                    updatedCount++;
                }
            } catch (MailchimpError refused) {
                errors.add(refused.toBatchError(email));
                errorCount++;
            }
        }
        return ok(JSON.createObjectBuilder()
                .add("new_members", created)
                .add("updated_members", updated)
                .add("errors", errors)
                .add("total_created", createdCount)
                .add("total_updated", updatedCount)
                .add("error_count", errorCount));
    }

    private FakeResponse categories(FakeAudience audience, FakeRequest request) {
        var categories = audience.categories();
        JsonArrayBuilder page = JSON.createArrayBuilder();
        window(categories.size(), request).forEach(index -> {
            FakeAudience.Category category = categories.get(index);
            page.add(category(audience, category));
        });
        return ok(JSON.createObjectBuilder().add("list_id", audience.id).add("categories", page)
                .add("total_items", categories.size()));
    }

    private FakeResponse createCategory(FakeAudience audience, JsonObject body) {
        FakeAudience.Category category = audience.createCategory(body.getString("title", null),
                body.getString("type", null));
        return ok(category(audience, category));
    }

    private FakeResponse interests(FakeAudience audience, FakeRequest request) {
        String categoryId = request.secondParameter();
        var interests = audience.interests(categoryId).entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .toList();
        JsonArrayBuilder page = JSON.createArrayBuilder();
        window(interests.size(), request).forEach(index -> page.add(
                interest(audience, categoryId, interests.get(index).getKey(), interests.get(index).getValue())));
        return ok(JSON.createObjectBuilder().add("interests", page).add("total_items", interests.size()));
    }

    private FakeResponse createInterest(FakeAudience audience, FakeRequest request) {
        String categoryId = request.secondParameter();
        String name = request.requireBody().getString("name", null);
        String interestId = audience.createInterest(categoryId, name);
        return ok(interest(audience, categoryId, interestId, name));
    }

    private FakeResponse members(FakeAudience audience, FakeRequest request) {
        Instant changedAfter = timeQuery(request, "since_last_changed");
        String status = request.query().get("status");
        int count = count(request);
        int offset = Math.max(0, request.intQuery("offset", 0));
        FakeAudience.Page page = audience.page(changedAfter, status, count, offset);
        JsonArrayBuilder members = JSON.createArrayBuilder();
        page.members().forEach(member -> members.add(member(audience, member)));
        return ok(JSON.createObjectBuilder().add("members", members).add("list_id", audience.id)
                .add("total_items", page.total()));
    }

    private FakeResponse getMember(FakeAudience audience, String hash) {
        return ok(member(audience, audience.member(hash).orElseThrow(MailchimpError::notFound)));
    }

    private FakeResponse writeMember(FakeAudience audience, String hash, JsonObject body, WriteMode mode) {
        return ok(member(audience, audience.write(hash, MemberWrite.from(body), mode).member()));
    }

    private static JsonObjectBuilder member(FakeAudience audience, FakeMember member) {
        JsonObjectBuilder mergeFields = JSON.createObjectBuilder();
        member.mergeFields().forEach(mergeFields::add);
        JsonObjectBuilder interests = JSON.createObjectBuilder();
        audience.interestIds().forEach(id -> interests.add(id, member.isOptedInto(id)));
        return JSON.createObjectBuilder()
                .add("id", member.subscriberHash())
                .add("email_address", member.emailAddress())
                .add("unique_email_id", member.subscriberHash().substring(0, 10))
                .add("status", member.status())
                .add("merge_fields", mergeFields)
                .add("interests", interests)
                .add("last_changed", TIME.format(member.lastChanged().atOffset(ZoneOffset.UTC)))
                .add("list_id", audience.id);
    }

    private static JsonObjectBuilder category(FakeAudience audience, FakeAudience.Category category) {
        return JSON.createObjectBuilder()
                .add("list_id", audience.id)
                .add("id", category.id())
                .add("title", category.title())
                .add("type", category.type());
    }

    private static JsonObjectBuilder interest(FakeAudience audience, String categoryId, String id, String name) {
        return JSON.createObjectBuilder()
                .add("category_id", categoryId)
                .add("list_id", audience.id)
                .add("id", id)
                .add("name", name);
    }

    private FakeAudience audience(FakeRequest request) {
        FakeAudience audience = audiences.apply(request.listId());
        if (audience == null) {
            throw MailchimpError.notFound();
        }
        return audience;
    }

    /** Mailchimp's paging: {@code count} is 10 unless said, and at most 1000. */
    private static int count(FakeRequest request) {
        int count = request.intQuery("count", DEFAULT_COUNT);
        if (count < 1 || count > MAX_COUNT) {
            throw MailchimpError.invalidField("count", "Must be between 1 and " + MAX_COUNT + ".");
        }
        return count;
    }

    private static IntStream window(int size, FakeRequest request) {
        int count = count(request);
        int offset = Math.min(Math.max(0, request.intQuery("offset", 0)), size);
        return IntStream.range(offset, Math.min(size, offset + count));
    }

    private static Instant timeQuery(FakeRequest request, String name) {
        String value = request.query().get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw MailchimpError.invalidField(name, "The date/time value is not in ISO 8601 format.");
        }
    }

    private static FakeResponse ok(JsonObjectBuilder json) {
        return FakeResponse.json(200, json.build());
    }
}
