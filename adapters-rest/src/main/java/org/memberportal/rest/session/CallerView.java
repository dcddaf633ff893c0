package org.memberportal.rest.session;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.memberportal.application.session.CallerProfile;

/**
 * The JSON of {@code GET /me} and of the account in a new session: the membership the request
 * acts for (none when a person of several companies names none), and every membership.
 */
@Schema(name = "CallerView")
public record CallerView(String id, String fullName, String email, String role, String level, String status,
        CompanyRef company, List<String> capabilities, List<MembershipView> memberships) {

    public record CompanyRef(String id, String name) {
    }

    /** One company the person works for: their level, status and capabilities there. */
    @Schema(name = "MembershipView")
    public record MembershipView(CompanyRef company, String level, String status, List<String> capabilities) {
    }

    static CallerView of(CallerProfile profile) {
        if (profile.role() == CallerProfile.Role.AGENT) {
            return new CallerView(profile.id(), profile.fullName(), profile.email(), "AGENT", null, null, null, null,
                    null);
        }
        List<MembershipView> memberships = profile.memberships().stream()
                .map(m -> new MembershipView(new CompanyRef(m.companyId(), m.companyName()), m.level().name(),
                        m.status().name(), m.capabilities().stream().sorted().map(Enum::name).toList()))
                .toList();
        if (profile.companyId() == null) {
            return new CallerView(profile.id(), profile.fullName(), profile.email(), "MEMBER", null, null, null, null,
                    memberships);
        }
        return new CallerView(profile.id(), profile.fullName(), profile.email(), "MEMBER", profile.level().name(),
                profile.status().name(), new CompanyRef(profile.companyId(), profile.companyName()),
                profile.capabilities().stream().sorted().map(Enum::name).toList(), memberships);
    }
}
