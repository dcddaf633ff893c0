package org.memberportal.mailchimp.api;

import java.util.List;

import jakarta.json.bind.annotation.JsonbProperty;

public record InterestPage(List<Interest> interests, @JsonbProperty("total_items") Integer totalItems) {

    public InterestPage {
        interests = interests == null ? List.of() : List.copyOf(interests);
    }
}
