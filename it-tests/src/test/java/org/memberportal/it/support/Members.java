package org.memberportal.it.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.memberportal.it.support.PortalClient.Reply;

/**
 * Companies and active member accounts made the way people make them, through the API: an agent
 * registers the company and opens the account, the activation link is read from the outbox (as an
 * agent of a portal without SMTP would), the person activates it with a password and logs in.
 */
public final class Members {

    public static final String PASSWORD = "a member's long passphrase";
    private static final Pattern ACTIVATION = Pattern.compile("activate\\?token=([A-Za-z0-9_-]+)");

    private final PortalClient portal;
    private final PortalClient agent;

    public Members(PortalClient portal, PortalClient agent) {
        this.portal = portal;
        this.agent = agent;
    }

    /** A logged-in member: their account, company and the capabilities {@code GET /me} reports. */
    public record Member(String accountId, String email, String level, String companyId, Set<String> capabilities,
            PortalClient client) {

        public boolean may(String capability) {
            return capabilities.contains(capability);
        }
    }

    public String company(String name, LocalDate supportPeriodEndsOn, LocalDate maintenancePlanEndsOn) {
        var body = Json.createObjectBuilder().add("name", name)
                .add("supportPeriodEndsOn", supportPeriodEndsOn.toString());
        if (maintenancePlanEndsOn != null) {
            body.add("maintenancePlanEndsOn", maintenancePlanEndsOn.toString());
        }
        return created(agent.post("api/v1/admin/companies", body.build())).getString("id");
    }

    public Member member(String companyId, String level) {
        String email = level.toLowerCase(Locale.ROOT).replace('_', '.') + "-" + UUID.randomUUID() + "@customer.example";
        created(agent.post("api/v1/admin/companies/" + companyId + "/accounts", Json.createObjectBuilder()
                .add("fullName", "A " + level.toLowerCase(Locale.ROOT)).add("email", email).add("level", level)
                .build()));
        Reply activated = portal.post("api/v1/activations", Json.createObjectBuilder()
                .add("token", activationToken(email)).add("password", PASSWORD).build());
        if (activated.status() != 204) {
            throw new IllegalStateException("activation of " + email + " failed: " + activated);
        }
        PortalClient client = portal.loggedIn(email, PASSWORD);
        JsonObject me = client.get("api/v1/me").json();
        Set<String> capabilities = me.getJsonArray("capabilities").getValuesAs(JsonString::getString).stream()
                .collect(Collectors.toUnmodifiableSet());
        return new Member(me.getString("id"), email, level, companyId, capabilities, client);
    }

    /** The e-mails to this address in the outbox, newest first. */
    public List<JsonObject> emailsTo(String email) {
        return agent.get("api/v1/admin/outbox?limit=200").json().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(e -> e.getString("to").equalsIgnoreCase(email)).toList();
    }

    private String activationToken(String email) {
        for (JsonObject sent : emailsTo(email)) {
            Matcher link = ACTIVATION.matcher(sent.getString("textBody", ""));
            if ("ACTIVATION".equals(sent.getString("kind")) && link.find()) {
                return link.group(1);
            }
        }
        throw new IllegalStateException("no activation e-mail to " + email + " in the outbox");
    }

    private static JsonObject created(Reply reply) {
        if (reply.status() != 201) {
            throw new IllegalStateException("expected 201, got " + reply);
        }
        return reply.json();
    }
}
