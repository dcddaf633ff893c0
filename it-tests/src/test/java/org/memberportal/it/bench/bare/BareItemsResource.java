package org.memberportal.it.bench.bare;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** 50 items shaped like the portal's tickets, in the portal's list shape, made afresh per request. */
@Path("items")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BareItemsResource {

    public record Item(String id, String number, String companyId, String authorId, String authorName,
            String subject, String description, String priority, String status, Instant createdAt,
            Instant updatedAt, long version) {
    }

    public record Items(List<Item> items, String nextCursor) {
    }

    @GET
    public Items list() {
        Instant now = Instant.now();
        return new Items(IntStream.range(0, 50).mapToObj(i -> new Item(
                "0190f3a2-7c1e-7d4b-9a3f-" + String.format("%012d", i), "T-" + String.format("%06d", i),
                "0190f3a2-0000-7000-8000-000000000001", "0190f3a2-0000-7000-8000-000000000002", "Bench Member",
                "Benchmark ticket " + i, "The licence server does not start after the update; log attached.",
                "NORMAL", "OPEN", now, now, 0)).toList(), "bmV4dA");
    }
}
