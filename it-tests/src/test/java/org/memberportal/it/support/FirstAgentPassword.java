package org.memberportal.it.support;

import java.net.URL;

import jakarta.json.Json;

/**
 * The first agent comes up with the password of the start-up's settings and must choose its own
 * before anything else. A portal the tests share is handed over with that done, as an operator's
 * first sign-in would; the tests that prove the rule itself start from a bootstrap password.
 */
public final class FirstAgentPassword {

    private FirstAgentPassword() {
    }

    /** Signs in with {@code bootstrapPassword} and changes it to {@code ownPassword}, unless that was done already. */
    public static void choose(URL portal, String email, String bootstrapPassword, String ownPassword) {
        PortalClient client = new PortalClient(portal);
        if (client.post("api/v1/sessions", credentials(email, ownPassword)).status() == 201) {
            return;
        }
        PortalClient.Reply changed = client.loggedIn(email, bootstrapPassword).post("api/v1/me/password",
                Json.createObjectBuilder().add("currentPassword", bootstrapPassword).add("newPassword", ownPassword)
                        .build());
        if (changed.status() != 204) {
            throw new IllegalStateException("the first agent's password could not be changed: " + changed);
        }
    }

    private static String credentials(String email, String password) {
        return Json.createObjectBuilder().add("email", email).add("password", password).build().toString();
    }
}
