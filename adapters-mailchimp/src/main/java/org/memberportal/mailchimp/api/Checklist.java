package org.memberportal.mailchimp.api;

import java.util.List;

import jakarta.json.bind.annotation.JsonbProperty;

/** The send checklist: each item is {@code success}, {@code warning} or {@code error}, in Mailchimp's words. */
public record Checklist(@JsonbProperty("is_ready") Boolean isReady, List<Item> items) {

    public Checklist {
        items = items == null ? List.of() : items;
    }

    public record Item(String type, String heading, String details) {
    }
}
