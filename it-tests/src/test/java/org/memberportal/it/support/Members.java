package org.memberportal.it.support;

import java.util.UUID;

import jakarta.json.Json;

import org.memberportal.it.support.PortalClient.Reply;

/**
 * Makes companies and working member accounts the way the portal's users do: an agent opens the
 * account, the person activates it with the link GreenMail received, then logs in.
 */
public final class Members {

    public static final String PASSWORD = "a member's long passphrase";

    private final PortalClient portal;
    private final PortalClient agent;

    public Members(PortalClient portal) {
        this.portal = portal;
        this.agent = portal.loggedIn(PortalEnvironment.AGENT_EMAIL, PortalEnvironment.AGENT_PASSWORD);
    }

    public PortalClient agent() {
        return agent;
    }

    public String company(String name) {
        Reply reply = agent.post("api/v1/admin/companies", Json.createObjectBuilder()
                .add("name", name).add("supportPeriodEndsOn", "2030-12-31").build());
        expect(reply, 201);
        return reply.json().getString("id");
    }

    /** A unique address, so tests sharing one database never collide. */
    public static String address(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@customer.example";
    }

    public Member active(String companyId, String level) {
        String email = address(level.toLowerCase());
        Reply opened = agent.post("api/v1/admin/companies/" + companyId + "/accounts", Json.createObjectBuilder()
                .add("fullName", "Test " + level).add("email", email).add("level", level).build());
        expect(opened, 201);
        String token = PortalEnvironment.mailbox().await(email, 1).token();
        expect(portal.post("api/v1/activations", Json.createObjectBuilder()
                .add("token", token).add("password", PASSWORD).build()), 204);
        return new Member(opened.json().getString("id"), email, level, companyId, portal.loggedIn(email, PASSWORD));
    }

    private static void expect(Reply reply, int status) {
        if (reply.status() != status) {
            throw new AssertionError("expected " + status + " but got " + reply);
        }
    }

    /** A logged-in member of a company. */
    public record Member(String id, String email, String level, String companyId, PortalClient client) {
    }
}
