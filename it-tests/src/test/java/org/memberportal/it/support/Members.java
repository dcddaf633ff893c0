package org.memberportal.it.support;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.memberportal.it.support.PortalClient.Reply;

/**
 * Companies and member accounts made the way agents and people make them: an agent registers the
 * company and opens the account, the person activates it with the e-mailed link (read from the
 * agents' outbox) and logs in. {@link #seedActive} writes many accounts straight into the
 * database, for runs that need more accounts than the API makes in a test's time.
 */
public final class Members {

    public static final String PASSWORD = "a long member passphrase";
    private static final Pattern TOKEN = Pattern.compile("activate\\?token=([A-Za-z0-9_-]+)");

    private final PortalClient portal;
    private final PortalClient agent;

    public Members(URL base) {
        this.portal = new PortalClient(base);
        this.agent = portal.loggedIn(PortalEnvironment.AGENT_EMAIL, PortalEnvironment.AGENT_PASSWORD);
    }

    public PortalClient agent() {
        return agent;
    }

    public PortalClient portal() {
        return portal;
    }

    public String newCompany(String name) {
        Reply created = agent.post("api/v1/admin/companies", Json.createObjectBuilder().add("name", name)
                .add("supportPeriodEndsOn", "2030-01-01").build());
        require(created, 201);
        return created.json().getString("id");
    }

    /** An account opened by an agent, still pending activation. */
    public String open(String companyId, String fullName, String email, String level) {
        Reply opened = agent.post("api/v1/admin/companies/" + companyId + "/accounts", Json.createObjectBuilder()
                .add("fullName", fullName).add("email", email).add("level", level).build());
        require(opened, 201);
        return opened.json().getString("id");
    }

    /** An account opened, activated through its e-mailed link, and logged in. */
    public PortalClient active(String companyId, String fullName, String email, String level) {
        open(companyId, fullName, email, level);
        require(portal.post("api/v1/activations", Json.createObjectBuilder().add("token", activationToken(email))
                .add("password", PASSWORD).build()), 204);
        return portal.loggedIn(email, PASSWORD);
    }

    private String activationToken(String email) {
        Reply outbox = agent.get("api/v1/admin/outbox?limit=200");
        require(outbox, 200);
        for (JsonObject item : outbox.json().getJsonArray("items").getValuesAs(JsonObject.class)) {
            if (item.getString("to").equalsIgnoreCase(email) && !item.isNull("textBody")) {
                Matcher token = TOKEN.matcher(item.getString("textBody"));
                if (token.find()) {
                    return token.group(1);
                }
            }
        }
        throw new IllegalStateException("no activation e-mail for " + email + " in the outbox");
    }

    /**
     * {@code count} active accounts of the company written in one transaction, with ids that sort
     * in the order made (after every id the portal makes); none has chosen its mailings, so each
     * gets its level's defaults. Answers their ids in order.
     */
    public static List<String> seedActive(String companyId, String prefix, int count) {
        List<String> ids = new ArrayList<>();
        String sql = "insert into accounts (id, company_id, full_name, email, email_key, level, status,"
                + " password_hash, created_at, version) values (?, ?, ?, ?, ?, 'BASIC', 'ACTIVE', 'none', ?, 1)";
        try (Connection connection = PortalEnvironment.database().connect();
                PreparedStatement insert = connection.prepareStatement(sql)) {
            connection.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                String id = String.format(Locale.ROOT, "f%07x-0000-7000-8000-%012d", prefix.hashCode() & 0xFFFFFFF, i);
                String email = prefix + "." + i + "@bulk.example";
                insert.setString(1, id);
                insert.setString(2, companyId);
                insert.setString(3, "Bulk Person" + i);
                insert.setString(4, email);
                insert.setString(5, email.toLowerCase(Locale.ROOT));
                insert.setTimestamp(6, Timestamp.from(Instant.now()));
                insert.addBatch();
                ids.add(id);
            }
            insert.executeBatch();
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    private static void require(Reply reply, int status) {
        if (reply.status() != status) {
            throw new IllegalStateException("expected " + status + ", got " + reply);
        }
    }
}
