package org.memberportal.mailchimp.api;

import java.util.List;

import jakarta.json.bind.annotation.JsonbProperty;

public record CategoryPage(List<Category> categories, @JsonbProperty("total_items") Integer totalItems) {

    public CategoryPage {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }
}
