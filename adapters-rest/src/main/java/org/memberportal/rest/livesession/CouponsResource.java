package org.memberportal.rest.livesession;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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

import org.memberportal.application.livesession.ListCouponsUseCase;
import org.memberportal.domain.livesession.Coupon;
import org.memberportal.rest.paging.ListPage;
import org.memberportal.rest.security.CurrentCaller;

/** The live-session coupon codes on the caller's profile: a handful at most, so one page. */
@Path("me/coupons")
@Tag(name = "Me")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class CouponsResource {

    @Inject
    ListCouponsUseCase listCoupons;

    @Inject
    CurrentCaller caller;

    /** {@code usedAt} is null while the code is unused. */
    public record CouponView(String code, String kind, LocalDate validUntil, Instant usedAt) {
        public static CouponView of(Coupon coupon) {
            return new CouponView(coupon.code(), coupon.kind().name(), coupon.validUntil(), coupon.usedAt());
        }
    }

    @GET
    @Operation(operationId = "listCoupons", summary = "The caller's live-session coupon codes")
    @APIResponse(responseCode = "200", description = "The codes (one page)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CouponPage")))
    public Response coupons() {
        ListPage<CouponView> page = new ListPage<>(
                listCoupons.current(caller.require()).stream().map(CouponView::of).toList(), null);
        // the codes are worth money to their holder alone
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(page).cacheControl(noStore).build();
    }
}
