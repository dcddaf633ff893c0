package org.memberportal.rest.profile;

import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.memberportal.application.session.CallerProfile;
import org.memberportal.application.profile.ChangeProfileUseCase;
import org.memberportal.application.profile.MemberProfile;
import org.memberportal.application.profile.ShowProfileUseCase;
import org.memberportal.domain.access.CapabilityMatrix;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.rest.RequestBody;
import org.memberportal.rest.session.CallerView.CompanyRef;
import org.memberportal.rest.livesession.CouponsResource.CouponView;
import org.memberportal.rest.notification.PreferencesResource.PreferencesView;
import org.memberportal.rest.security.CurrentCaller;
import org.memberportal.rest.security.OpenDuringEnrolment;

/** The caller's profile page: who they are, what their level allows, their coupon codes and mailings. */
@Tag(name = "Me")
@Path("me/profile")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProfileResource {

    @Inject
    ShowProfileUseCase showProfile;

    @Inject
    ChangeProfileUseCase changeProfile;

    @Inject
    CurrentCaller caller;

    /** {@code {fullName}}: the only field a member changes on their own. */
    public static class ProfileBody implements RequestBody {
        @NotNull
        public String fullName;
    }

    public record AllowedView(String capability, String text) {
    }

    public record SecondFactorView(boolean enabled, boolean required) {
    }

    /**
     * An agent's profile has role AGENT and no level, company, coupons or preferences.
     * {@code grantableLevels}: the levels the member may ask for or give to staff (none below Manager),
     * so that a page offers no level the portal would refuse.
     */
    @Schema(name = "ProfileView")
    public record ProfileView(String id, String fullName, String email, String role, String level, String status,
            CompanyRef company, List<AllowedView> allowed, List<CouponView> coupons, PreferencesView preferences,
            SecondFactorView secondFactor, List<String> grantableLevels) {

        static ProfileView of(MemberProfile profile) {
            CallerProfile who = profile.caller();
            boolean agent = who.role() == CallerProfile.Role.AGENT;
            return new ProfileView(who.id(), who.fullName(), who.email(), who.role().name(),
                    agent ? null : who.level().name(), agent ? null : who.status().name(),
                    agent ? null : new CompanyRef(who.companyId(), who.companyName()),
                    profile.allowed().stream().map(a -> new AllowedView(a.capability().name(), a.text())).toList(),
                    profile.coupons().stream().map(CouponView::of).toList(),
                    profile.preferences() == null ? null : PreferencesView.of(profile.preferences()),
                    new SecondFactorView(profile.secondFactor().enabled(), profile.secondFactor().required()),
                    agent ? null : grantableBy(who.level()));
        }

        private static List<String> grantableBy(PermissionLevel level) {
            return Arrays.stream(PermissionLevel.values()).filter(wanted -> CapabilityMatrix.mayGrant(level, wanted))
                    .map(Enum::name).toList();
        }
    }

    @GET
    @OpenDuringEnrolment
    @Operation(operationId = "showProfile", summary = "The caller's profile: level, what it allows, coupons, mailings")
    @APIResponse(responseCode = "200", description = "The profile",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ProfileView")))
    public Response profile() {
        return answer(showProfile.profile(caller.require()));
    }

    @PATCH
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(operationId = "changeProfile", summary = "Change the caller's full name")
    @APIResponse(responseCode = "200", description = "The profile",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ProfileView")))
    public Response change(@Valid ProfileBody body) {
        RequestBody.require(body);
        return answer(changeProfile.rename(caller.require(), body.fullName));
    }

    private static Response answer(MemberProfile profile) {
        // the coupon codes are worth money to their holder alone
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(ProfileView.of(profile)).cacheControl(noStore).build();
    }
}
