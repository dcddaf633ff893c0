package org.memberportal.it.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.memberportal.it.support.DeployedPortal;
import org.memberportal.it.support.Mailbox;
import org.memberportal.it.support.Members;
import org.memberportal.it.support.Members.Member;
import org.memberportal.it.support.Pause;
import org.memberportal.it.support.PortalClient;
import org.memberportal.it.support.PortalClient.Reply;
import org.memberportal.it.support.PortalEnvironment;
import org.memberportal.it.support.Totp;

/**
 * Agents' own credentials: they change and reset their passwords as members do, and they reset a
 * person's lost second factor. Every such change reaches the person by e-mail.
 */
@ExtendWith(DeployedPortal.class)
class AgentCredentialsIT {

    private static final String NEW_PASSWORD = "an agent's second passphrase";

    @DeployedPortal.Url
    URL base;

    private PortalClient portal;
    private Members members;
    private final Mailbox mailbox = PortalEnvironment.mailbox();

    @BeforeEach
    void connect() {
        portal = new PortalClient(base);
        members = new Members(portal);
    }

    @Test
    void anAgentChangesTheirPasswordOtherSessionsEndAndTheyAreTold() {
        String email = agentAddress();
        PortalClient here = invitedAgent(email);
        PortalClient elsewhere = portal.loggedIn(email, Members.PASSWORD);

        Reply wrong = here.post("api/v1/me/password", change("not the current password", NEW_PASSWORD));
        Reply changed = here.post("api/v1/me/password", change(Members.PASSWORD, NEW_PASSWORD));

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
        assertThat(here.get("api/v1/admin/agents").status()).isEqualTo(200);
        assertThat(elsewhere.get("api/v1/me").status()).isEqualTo(401);
        assertThat(portal.loggedIn(email, NEW_PASSWORD).get("api/v1/me").status()).isEqualTo(200);
        awaitMail(email, "Your password was changed");
    }

    @Test
    void anAgentWhoForgotTheirPasswordGetsAResetLinkLikeAMember() {
        String email = agentAddress();
        PortalClient before = invitedAgent(email);

        assertThat(portal.post("api/v1/password-resets", Json.createObjectBuilder().add("email", email).build())
                .status()).isEqualTo(202);
        Mailbox.Mail link = awaitMail(email, "Reset your support agent password");
        assertThat(link.text()).contains(PortalEnvironment.PUBLIC_URL + "/reset-password?token=");
        Reply reset = portal.post("api/v1/password-resets/confirm", Json.createObjectBuilder()
                .add("token", link.token()).add("password", NEW_PASSWORD).build());

        assertThat(reset.status()).as(reset.toString()).isEqualTo(204);
        assertThat(before.get("api/v1/me").status()).as("every session of the agent ends").isEqualTo(401);
        assertThat(portal.loggedIn(email, NEW_PASSWORD).get("api/v1/admin/agents").status()).isEqualTo(200);
        awaitMail(email, "Your password was reset");
        assertThat(portal.post("api/v1/activations", Json.createObjectBuilder().add("token", link.token())
                .add("password", "yet another passphrase").build()).status()).as("used up").isEqualTo(410);
    }

    @Test
    void anAgentSendsAMemberAResetLinkAtTheirRequest() {
        Member member = members.active(members.company("Acme Asks Support"), "BASIC");

        Reply sent = members.agent().post("api/v1/admin/accounts/" + member.accountId() + "/password-reset", "");

        assertThat(sent.status()).as(sent.toString()).isEqualTo(202);
        Mailbox.Mail link = awaitMail(member.email(), "Reset your member portal password");
        assertThat(portal.post("api/v1/password-resets/confirm", Json.createObjectBuilder()
                .add("token", link.token()).add("password", NEW_PASSWORD).build()).status()).isEqualTo(204);
        assertThat(portal.loggedIn(member.email(), NEW_PASSWORD).post("api/v1/admin/accounts/" + member.accountId()
                + "/password-reset", "").status()).as("members may not").isEqualTo(403);
    }

    @Test
    void anAgentResetsAMembersLostSecondFactorWithAnAuditRecordAndAnEmail() {
        String acme = members.company("Acme Lost Phone");
        Member member = members.active(acme, "MANAGER_SUPERVISOR");
        String secret = member.client().post("api/v1/me/second-factor", "").json().getString("secret");
        assertThat(member.client().post("api/v1/me/second-factor/confirmation", Json.createObjectBuilder()
                .add("code", Totp.code(secret, 0)).build()).status()).isEqualTo(200);
        awaitMail(member.email(), "Two-step sign-in is on");
        assertThat(signIn(member.email()).status()).as("the code is asked for").isEqualTo(401);

        Reply reset = members.agent().delete("api/v1/admin/accounts/" + member.accountId() + "/second-factor");

        assertThat(reset.status()).as(reset.toString()).isEqualTo(204);
        assertThat(signIn(member.email()).status()).isEqualTo(201);
        awaitMail(member.email(), "Your two-step sign-in was reset");
        assertThat(members.agent().get("api/v1/admin/audit-events?companyId=" + acme).status()).isEqualTo(200);
        assertThat(members.agent().get("api/v1/admin/audit-events?limit=200").json().getJsonArray("items")
                .getValuesAs(JsonObject.class)).anySatisfy(event -> {
                    assertThat(event.getString("action")).isEqualTo("SECOND_FACTOR_RESET");
                    assertThat(event.toString()).contains(member.accountId());
                });
        assertThat(member.client().delete("api/v1/admin/accounts/" + member.accountId() + "/second-factor").status())
                .as("members may not").isEqualTo(403);
    }

    @Test
    void anAgentResetsAnotherAgentsSecondFactorButNotTheirOwn() {
        String email = agentAddress();
        PortalClient other = invitedAgent(email);
        String otherId = other.get("api/v1/me").json().getString("id");
        String secret = other.post("api/v1/me/second-factor", "").json().getString("secret");
        assertThat(other.post("api/v1/me/second-factor/confirmation", Json.createObjectBuilder()
                .add("code", Totp.code(secret, 0)).build()).status()).isEqualTo(200);

        assertThat(other.delete("api/v1/admin/agents/" + otherId + "/second-factor").status()).isEqualTo(403);
        assertThat(members.agent().delete("api/v1/admin/agents/" + otherId + "/second-factor").status())
                .isEqualTo(204);

        assertThat(signIn(email).status()).isEqualTo(201);
        awaitMail(email, "Your two-step sign-in was reset");
    }

    /** The e-mail to this address with this subject, whatever else the portal sent meanwhile. */
    private Mailbox.Mail awaitMail(String address, String subject) {
        Pause.until(Duration.ofSeconds(60), subject + " to " + address,
                () -> mailbox.to(address).stream().anyMatch(mail -> mail.subject().equals(subject)));
        return mailbox.to(address).stream().filter(mail -> mail.subject().equals(subject)).findFirst().orElseThrow();
    }

    private Reply signIn(String email) {
        return portal.post("api/v1/sessions", Json.createObjectBuilder().add("email", email)
                .add("password", Members.PASSWORD).build());
    }

    private static String agentAddress() {
        return Members.address("agent").replace("@customer.example", "@vendor.example");
    }

    private PortalClient invitedAgent(String email) {
        Reply invited = members.agent().post("api/v1/admin/agents", Json.createObjectBuilder()
                .add("fullName", "Agent " + email.substring(0, 6)).add("email", email).build());
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        String token = mailbox.await(email, 1).token();
        assertThat(portal.post("api/v1/activations", Json.createObjectBuilder()
                .add("token", token).add("password", Members.PASSWORD).build()).status()).isEqualTo(204);
        return portal.loggedIn(email, Members.PASSWORD);
    }

    private static JsonObject change(String current, String next) {
        return Json.createObjectBuilder().add("currentPassword", current).add("newPassword", next).build();
    }
}
