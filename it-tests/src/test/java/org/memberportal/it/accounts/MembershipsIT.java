package org.memberportal.it.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.memberportal.domain.access.Capability;
import org.memberportal.domain.access.CapabilityMatrix;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.it.support.DeployedPortal;
import org.memberportal.it.support.Jobs;
import org.memberportal.it.support.Mailbox;
import org.memberportal.it.support.Members;
import org.memberportal.it.support.Members.Member;
import org.memberportal.it.support.PortalClient;
import org.memberportal.it.support.PortalClient.Reply;
import org.memberportal.it.support.PortalEnvironment;
import org.memberportal.mailchimp.fake.FakeMailchimp;

/**
 * One person, several companies, over HTTP: a consultant approved into a second company keeps one
 * login, names the company each request acts for, and may in each only what that membership's
 * level allows (docs/rules.md's matrix); Mailchimp holds one member with the union of the groups.
 */
@ExtendWith(DeployedPortal.class)
class MembershipsIT {

    @DeployedPortal.Url
    URL base;

    private PortalClient portal;
    private Members members;
    private final Mailbox mailbox = PortalEnvironment.mailbox();
    private final FakeMailchimp mailchimp = PortalEnvironment.mailchimp();

    @BeforeEach
    void connect() {
        portal = new PortalClient(base);
        members = new Members(portal);
    }

    /** A consultant active in {@code first} at one level, approved into {@code second} at another. */
    private record Consultant(String id, String email, String first, String second, PortalClient client) {
    }

    private Consultant consultant(String first, String firstLevel, String second, String secondLevel) {
        String email = Members.address("consultant");
        PortalClient firstLogin = members.active(first, "Cora Consultant", email, firstLevel);
        String id = firstLogin.get("api/v1/me").json().getString("id");
        members.joins(second, "Cora Consultant", email, secondLevel);
        return new Consultant(id, email, first, second, portal.loggedIn(email, Members.PASSWORD));
    }

    @Test
    void aCouponPaysOnlyForASessionOfTheCompanyItWasIssuedIn() {
        String alpha = members.company("Alpha Coupon Consulting");
        String beta = members.company("Beta Coupon Consulting");
        Consultant cora = consultant(alpha, "BASIC", beta, "BASIC");
        String alphasCode = cora.client().actingFor(alpha).get("api/v1/me/coupons").json().getJsonArray("items")
                .getJsonObject(0).getString("code");
        String nextWeek = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.SECONDS).toString();
        JsonObject booking = Json.createObjectBuilder().add("kind", "TRAINING").add("preferredAt", nextWeek)
                .add("couponCode", alphasCode).build();

        Reply forBeta = cora.client().actingFor(beta).post("api/v1/live-sessions", booking);
        Reply forAlpha = cora.client().actingFor(alpha).post("api/v1/live-sessions", booking);

        assertThat(forBeta.status()).as(forBeta.toString()).isEqualTo(400);
        assertThat(forBeta.json().getString("type")).endsWith("/invalid-coupon");
        assertThat(forAlpha.status()).as(forAlpha.toString()).isEqualTo(201);
    }

    @Test
    void anAddressKnownInAnotherCompanyIsRequestedLikeAnyNewOneAndApprovalAddsAMembership() {
        String alpha = members.company("Alpha Known Elsewhere");
        String beta = members.company("Beta Known Elsewhere");
        String email = Members.address("known");
        members.active(alpha, "Kim Known", email, "BASIC");
        Member alphaPrimary = members.active(alpha, "PRIMARY_OWNER");
        Member betaPrimary = members.active(beta, "PRIMARY_OWNER");

        Reply known = betaPrimary.client().post("api/v1/companies/" + beta + "/account-requests",
                person("Kim Known", email, "IT_TECH_SUPPORT"));
        Reply fresh = betaPrimary.client().post("api/v1/companies/" + beta + "/account-requests",
                person("Fay Fresh", Members.address("fresh"), "IT_TECH_SUPPORT"));
        Reply agentsAddress = betaPrimary.client().post("api/v1/companies/" + beta + "/account-requests",
                person("Agent Smith", PortalEnvironment.AGENT_EMAIL, "BASIC"));

        // nothing a member sees tells an address known elsewhere (or an agent's) from a new one
        assertThat(List.of(known, fresh, agentsAddress)).allSatisfy(reply -> {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
            assertThat(reply.json().getString("status")).isEqualTo("PENDING");
            assertThat(reply.json().keySet()).isEqualTo(fresh.json().keySet());
            assertThat(reply.json().containsKey("note") && !reply.json().isNull("note")).isFalse();
        });
        assertThat(betaPrimary.client().get("api/v1/companies/" + beta + "/account-requests").body())
                .doesNotContain("known outside");
        assertThat(betaPrimary.client().post("api/v1/companies/" + beta + "/account-requests",
                person("Kim Again", email.toUpperCase(), "BASIC")).json().getString("type"))
                .as("a pending request in the caller's own company").endsWith("/duplicate-email");
        assertThat(alphaPrimary.client().post("api/v1/companies/" + alpha + "/account-requests",
                person("Kim Again", email, "BASIC")).json().getString("type"))
                .as("an account in the caller's own company").endsWith("/duplicate-email");

        Map<String, JsonObject> pending = members.agent().get("api/v1/admin/account-requests?status=PENDING&limit=200")
                .json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(r -> r.getString("id"), r -> r));
        assertThat(pending.get(known.json().getString("id")).getString("note")).contains("known outside");
        assertThat(pending.get(agentsAddress.json().getString("id")).getString("note")).contains("known outside");
        JsonObject freshForAgents = pending.get(fresh.json().getString("id"));
        assertThat(!freshForAgents.containsKey("note") || freshForAgents.isNull("note")).isTrue();

        int mailsBefore = mailbox.to(email).size();
        Reply approved = members.agent().post("api/v1/admin/account-requests/" + known.json().getString("id")
                + "/approval", "");
        assertThat(approved.status()).isEqualTo(201);
        assertThat(approved.json().getString("status")).as("one login: no second activation").isEqualTo("ACTIVE");
        assertThat(approved.json().getString("companyId")).isEqualTo(beta);
        assertThat(mailbox.to(email)).hasSize(mailsBefore);
        Reply agentRefused = members.agent().post("api/v1/admin/account-requests/"
                + agentsAddress.json().getString("id") + "/approval", "");
        assertThat(agentRefused.status()).isEqualTo(409);
        assertThat(agentRefused.json().getString("type")).endsWith("/duplicate-email");
        assertThat(agentRefused.json().getString("detail")).contains("agent");
    }

    @Test
    void oneLoginListsBothMembershipsAndEachRequestActsForTheCompanyItNames() {
        String alpha = members.company("Alpha Consulting");
        String beta = members.company("Beta Consulting");
        String gamma = members.company("Gamma Elsewhere");
        Consultant cora = consultant(alpha, "IT_TECH_SUPPORT", beta, "MANAGER_SUPERVISOR");

        JsonObject me = cora.client().get("api/v1/me").json();
        assertThat(me.getString("id")).isEqualTo(cora.id());
        assertThat(me.containsKey("company") && !me.isNull("company")).as("no company is named").isFalse();
        Map<String, JsonObject> memberships = me.getJsonArray("memberships").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(m -> m.getJsonObject("company").getString("id"), m -> m));
        assertThat(memberships).containsOnlyKeys(alpha, beta);
        assertThat(memberships.get(alpha).getJsonObject("company").getString("name")).isEqualTo("Alpha Consulting");
        assertThat(memberships.get(alpha).getString("level")).isEqualTo("IT_TECH_SUPPORT");
        assertThat(memberships.get(beta).getString("level")).isEqualTo("MANAGER_SUPERVISOR");
        assertThat(memberships.get(beta).getString("status")).isEqualTo("ACTIVE");
        assertThat(names(memberships.get(alpha))).isEqualTo(rules(PermissionLevel.IT_TECH_SUPPORT));
        assertThat(names(memberships.get(beta))).isEqualTo(rules(PermissionLevel.MANAGER_SUPERVISOR));

        JsonObject asBeta = cora.client().actingFor(beta).get("api/v1/me").json();
        assertThat(asBeta.getJsonObject("company").getString("id")).isEqualTo(beta);
        assertThat(asBeta.getString("level")).isEqualTo("MANAGER_SUPERVISOR");
        assertThat(names(asBeta)).isEqualTo(rules(PermissionLevel.MANAGER_SUPERVISOR));
        assertThat(asBeta.getJsonArray("memberships")).hasSize(2);
        assertThat(cora.client().actingFor(alpha).get("api/v1/me").json().getString("level"))
                .isEqualTo("IT_TECH_SUPPORT");

        Reply unnamed = cora.client().get("api/v1/tickets?scope=mine");
        assertThat(unnamed.status()).isEqualTo(400);
        assertThat(unnamed.contentType()).startsWith("application/problem+json");
        assertThat(unnamed.json().getString("type")).endsWith("/company-needed");
        assertThat(cora.client().actingFor(gamma).get("api/v1/me").status()).isEqualTo(404);
        assertThat(cora.client().actingFor(UUID.randomUUID().toString()).get("api/v1/tickets").status())
                .isEqualTo(404);
        assertThat(cora.client().get("api/v1/companies/" + gamma + "/accounts").status()).isEqualTo(404);
        assertThat(cora.client().actingFor(alpha).get("api/v1/tickets?scope=mine").status()).isEqualTo(200);

        // each company's data only while acting for it
        Reply ticket = cora.client().actingFor(alpha).post("api/v1/tickets", Json.createObjectBuilder()
                .add("subject", "Install help").add("description", "For Alpha").build());
        assertThat(ticket.status()).as(ticket.toString()).isEqualTo(201);
        String ticketPath = "api/v1/tickets/" + ticket.json().getString("id");
        assertThat(cora.client().actingFor(alpha).get(ticketPath).status()).isEqualTo(200);
        assertThat(cora.client().actingFor(beta).get(ticketPath).status()).isEqualTo(404);
        assertThat(cora.client().actingFor(beta).get("api/v1/tickets?scope=mine").json().getJsonArray("items"))
                .isEmpty();
    }

    @Test
    void theCapabilityMatrixHoldsPerMembershipAndThePathChoosesOverTheHeader() {
        String alpha = members.company("Alpha Matrix");
        String beta = members.company("Beta Matrix");
        Consultant cora = consultant(alpha, "IT_TECH_SUPPORT", beta, "MANAGER_SUPERVISOR");

        for (String company : List.of(alpha, beta)) {
            PermissionLevel level = company.equals(alpha) ? PermissionLevel.IT_TECH_SUPPORT
                    : PermissionLevel.MANAGER_SUPERVISOR;
            String other = company.equals(alpha) ? beta : alpha;
            // the header names the other company: the company in the path is the one acted for
            PortalClient client = cora.client().actingFor(other);
            assertThat(client.get("api/v1/companies/" + company + "/accounts").status())
                    .as("staff list in " + level).isEqualTo(allowed(level, Capability.MANAGE_STAFF_ACCOUNTS));
            assertThat(client.post("api/v1/companies/" + company + "/account-requests",
                    person("New Hire", Members.address("hire"), "BASIC")).status())
                    .as("staff request in " + level).isEqualTo(allowed(level, Capability.REQUEST_STAFF_ACCOUNTS) == 200
                            ? 201 : 403);
            assertThat(client.get("api/v1/companies/" + company + "/licenses").status())
                    .as("licenses in " + level).isEqualTo(CapabilityMatrix.grants(level,
                            Capability.SEE_LICENSE_INFORMATION_LIMITED)
                            || CapabilityMatrix.grants(level, Capability.SEE_LICENSE_INFORMATION_FULL) ? 200 : 403);
        }
        assertThat(cora.client().actingFor(alpha).get("api/v1/tickets?scope=company").status())
                .isEqualTo(allowed(PermissionLevel.IT_TECH_SUPPORT, Capability.SEE_COMPANY_TICKETS));
        assertThat(cora.client().actingFor(beta).get("api/v1/tickets?scope=company").status())
                .isEqualTo(allowed(PermissionLevel.MANAGER_SUPERVISOR, Capability.SEE_COMPANY_TICKETS));
    }

    @Test
    void deactivatingOneMembershipEndsNothingInTheOtherCompany() {
        String alpha = members.company("Alpha Leaving");
        String beta = members.company("Beta Staying");
        Member alphaPrimary = members.active(alpha, "PRIMARY_OWNER");
        Consultant cora = consultant(alpha, "BASIC", beta, "BASIC");
        JsonObject inAlpha = alphaPrimary.client().get("api/v1/companies/" + alpha + "/accounts?limit=200").json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("id").equals(cora.id())).findFirst().orElseThrow();

        Reply deactivated = alphaPrimary.client().patch("api/v1/companies/" + alpha + "/accounts/" + cora.id(),
                Json.createObjectBuilder().add("status", "DEACTIVATED")
                        .add("version", inAlpha.getJsonNumber("version").longValue()).build());

        assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);
        assertThat(cora.client().actingFor(alpha).get("api/v1/me").status()).isEqualTo(404);
        JsonObject me = cora.client().get("api/v1/me").json();
        assertThat(me.getJsonObject("company").getString("id")).as("the only active membership left").isEqualTo(beta);
        assertThat(cora.client().actingFor(beta).get("api/v1/tickets?scope=mine").status()).isEqualTo(200);
        assertThat(me.getJsonArray("memberships").getValuesAs(JsonObject.class)).anySatisfy(m -> {
            assertThat(m.getJsonObject("company").getString("id")).isEqualTo(alpha);
            assertThat(m.getString("status")).isEqualTo("DEACTIVATED");
        });
        assertThat(portal.post("api/v1/sessions", Json.createObjectBuilder().add("email", cora.email())
                .add("password", Members.PASSWORD).build()).status()).isEqualTo(201);
    }

    @Test
    void mailchimpHoldsOneMemberWithTheUnionOfGroupsAndAnUnsubscribeThereEndsEveryMembershipsMailings() {
        String alpha = members.company("Alpha Mailings");
        String beta = members.company("Beta Mailings");
        // IT/Tech is not eligible for the newsletter, Basic is: the person's member gets both groups
        Consultant cora = consultant(alpha, "IT_TECH_SUPPORT", beta, "BASIC");

        sync();

        var there = mailchimp.member(cora.email()).orElseThrow();
        assertThat(mailchimp.members().stream().filter(m -> m.emailAddress().equalsIgnoreCase(cora.email()))).hasSize(1);
        assertThat(there.status()).isEqualTo("subscribed");
        assertThat(there.isOptedInto(interest("Training newsletter"))).isTrue();
        assertThat(there.isOptedInto(interest("Update notices"))).isTrue();

        mailchimp.unsubscribeViaFooterLink(cora.email());
        sync();

        for (String company : List.of(alpha, beta)) {
            JsonObject preferences = cora.client().actingFor(company).get("api/v1/me/preferences").json();
            assertThat(preferences.getJsonObject("newsletter").getBoolean("subscribed")).as(company).isFalse();
            assertThat(preferences.getJsonObject("updateNotices").getBoolean("subscribed")).as(company).isFalse();
        }
        assertThat(mailchimp.member(cora.email()).orElseThrow().status()).isEqualTo("unsubscribed");
    }

    private static int allowed(PermissionLevel level, Capability capability) {
        return CapabilityMatrix.grants(level, capability) ? 200 : 403;
    }

    private static Set<String> rules(PermissionLevel level) {
        return CapabilityMatrix.capabilitiesOf(level).stream().map(Enum::name).collect(Collectors.toSet());
    }

    private static Set<String> names(JsonObject withCapabilities) {
        return withCapabilities.getJsonArray("capabilities").getValuesAs(JsonString::getString).stream()
                .collect(Collectors.toSet());
    }

    private static JsonObject person(String fullName, String email, String level) {
        return Json.createObjectBuilder().add("fullName", fullName).add("email", email).add("level", level).build();
    }

    private String interest(String name) {
        return mailchimp.interestId(name).orElseThrow();
    }

    private void sync() {
        JsonObject run = Jobs.run(members.agent(), "audience-sync", Duration.ofMinutes(3));
        assertThat(run.getString("status")).as(run.toString()).isEqualTo("COMPLETED");
    }
}
