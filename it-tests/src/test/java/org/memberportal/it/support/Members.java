package org.memberportal.it.support;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;

import org.memberportal.it.support.PortalClient.Reply;

/**
 * Companies and working member accounts made the way people make them, through the API: an agent
 * registers the company and opens the account, the person activates it with the link GreenMail
 * received, then logs in.
 */
public final class Members {

    public static final String PASSWORD = "a member's long passphrase";

    private final PortalClient portal;
    private final PortalClient agent;
    private final Mailbox mailbox;

    public Members(URL base) {
        this(new PortalClient(base));
    }

    public Members(PortalClient portal) {
        this(portal, portal.loggedIn(PortalEnvironment.AGENT_EMAIL, PortalEnvironment.AGENT_PASSWORD));
    }

    public Members(PortalClient portal, PortalClient agent) {
        this(portal, agent, null);
    }

    /** Members of a portal whose e-mails reach this mailbox (not the shared one of the test JVM). */
    public Members(PortalClient portal, PortalClient agent, Mailbox mailbox) {
        this.portal = portal;
        this.agent = agent;
        this.mailbox = mailbox;
    }

    public PortalClient agent() {
        return agent;
    }

    public PortalClient portal() {
        return portal;
    }

    /** A company whose support period lasts for years, without a maintenance plan. */
    public String company(String name) {
        return company(name, LocalDate.now().plusYears(5), null);
    }

    public String company(String name, LocalDate supportPeriodEndsOn, LocalDate maintenancePlanEndsOn) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("name", name)
                .add("supportPeriodEndsOn", supportPeriodEndsOn.toString());
        if (maintenancePlanEndsOn != null) {
            body.add("maintenancePlanEndsOn", maintenancePlanEndsOn.toString());
        }
        return expect(agent.post("api/v1/admin/companies", body.build()), 201).json().getString("id");
    }

    /** A unique address, so tests sharing one database never collide. */
    public static String address(String who) {
        return who.toLowerCase(Locale.ROOT).replace('_', '.') + "-" + UUID.randomUUID().toString().substring(0, 8)
                + "@customer.example";
    }

    /** The same as {@link #company(String)}. */
    public String newCompany(String name) {
        return company(name);
    }

    /** An account opened by an agent, still pending activation; answers its id. */
    public String open(String companyId, String fullName, String email, String level) {
        return expect(agent.post("api/v1/admin/companies/" + companyId + "/accounts", Json.createObjectBuilder()
                .add("fullName", fullName).add("email", email).add("level", level).build()), 201)
                .json().getString("id");
    }

    /** An active, logged-in member of the company at this level. */
    public Member active(String companyId, String level) {
        String email = address(level);
        String id = open(companyId, "Test " + level, email, level);
        PortalClient client = activate(email);
        Set<String> capabilities = client.get("api/v1/me").json().getJsonArray("capabilities")
                .getValuesAs(JsonString::getString).stream().collect(Collectors.toUnmodifiableSet());
        return new Member(id, email, level, companyId, capabilities, client);
    }

    /** An account opened, activated through its e-mailed link, and logged in. */
    public PortalClient active(String companyId, String fullName, String email, String level) {
        open(companyId, fullName, email, level);
        return activate(email);
    }

    /**
     * The person with this address, active elsewhere, made a member of {@code companyId} too, as
     * it happens: a Primary of that company asks for them, an agent approves.
     */
    public void joins(String companyId, String fullName, String email, String level) {
        Member primary = active(companyId, "PRIMARY_OWNER");
        Reply requested = expect(primary.client().post("api/v1/companies/" + companyId + "/account-requests",
                Json.createObjectBuilder().add("fullName", fullName).add("email", email).add("level", level).build()),
                201);
        expect(agent.post("api/v1/admin/account-requests/" + requested.json().getString("id") + "/approval", ""), 201);
    }

    private PortalClient activate(String email) {
        String token = (mailbox != null ? mailbox : PortalEnvironment.mailbox()).await(email, 1).token();
        expect(portal.post("api/v1/activations", Json.createObjectBuilder()
                .add("token", token).add("password", PASSWORD).build()), 204);
        return portal.loggedIn(email, PASSWORD);
    }

    /** The same as {@link #active}. */
    public Member member(String companyId, String level) {
        return active(companyId, level);
    }

    /** The outbox entries to this address, newest first (bodies of sent e-mails are not shown). */
    public List<JsonObject> emailsTo(String email) {
        return agent.get("api/v1/admin/outbox?limit=200").json().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(e -> e.getString("to").equalsIgnoreCase(email)).toList();
    }

    /**
     * {@code count} active accounts of the company written in one transaction, with ids that sort
     * in the order made (after every id the portal makes); none has chosen its mailings, so each
     * gets its level's defaults. Answers their ids in order.
     */
    public static List<String> seedActive(String companyId, String prefix, int count) {
        return seedActive(PortalEnvironment.database(), companyId, prefix, count);
    }

    /** The same as {@link #seedActive(String, String, int)}, in this database. */
    public static List<String> seedActive(TestDatabase database, String companyId, String prefix, int count) {
        List<String> ids = new ArrayList<>();
        String sql = "insert into accounts (id, full_name, email, email_key, password_hash, created_at, version)"
                + " values (?, ?, ?, ?, 'none', ?, 1)";
        String membership = "insert into memberships (id, account_id, company_id, level, status, created_at, version)"
                + " values (?, ?, ?, 'BASIC', 'ACTIVE', ?, 1)";
        try (Connection connection = database.connect();
                PreparedStatement insert = connection.prepareStatement(sql);
                PreparedStatement member = connection.prepareStatement(membership)) {
            connection.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                String id = String.format(Locale.ROOT, "f%07x-0000-7000-8000-%012d", prefix.hashCode() & 0xFFFFFFF, i);
                String email = prefix + "." + i + "@bulk.example";
                Timestamp now = Timestamp.from(Instant.now());
                insert.setString(1, id);
                insert.setString(2, "Bulk Person" + i);
                insert.setString(3, email);
                insert.setString(4, email.toLowerCase(Locale.ROOT));
                insert.setTimestamp(5, now);
                insert.addBatch();
                member.setString(1, id);
                member.setString(2, id);
                member.setString(3, companyId);
                member.setTimestamp(4, now);
                member.addBatch();
                ids.add(id);
            }
            insert.executeBatch();
            member.executeBatch();
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    private static Reply expect(Reply reply, int status) {
        if (reply.status() != status) {
            throw new AssertionError("expected " + status + " but got " + reply);
        }
        return reply;
    }

    /** A logged-in member: their account, company and the capabilities {@code GET /me} reports. */
    public record Member(String id, String email, String level, String companyId, Set<String> capabilities,
            PortalClient client) {

        public String accountId() {
            return id;
        }

        public boolean may(String capability) {
            return capabilities.contains(capability);
        }
    }
}
