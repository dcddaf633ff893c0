package org.memberportal.rest.identity;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.memberportal.application.identity.CallerProfile;

/** The JSON of {@code GET /me} and of the account in a new session. */
@Schema(name = "CallerView")
public record CallerView(String id, String fullName, String email, String role, String level, String status,
        CompanyRef company, List<String> capabilities) {

    public record CompanyRef(String id, String name) {
    }

    static CallerView of(CallerProfile profile) {
        if (profile.role() == CallerProfile.Role.AGENT) {
            return new CallerView(profile.id(), profile.fullName(), profile.email(), "AGENT", null, null, null, null);
        }
        return new CallerView(profile.id(), profile.fullName(), profile.email(), "MEMBER", profile.level().name(),
                profile.status().name(), new CompanyRef(profile.companyId(), profile.companyName()),
                profile.capabilities().stream().sorted().map(Enum::name).toList());
    }
}
