package org.memberportal.mailchimp.api;

import java.util.List;

import jakarta.json.bind.annotation.JsonbProperty;

public record MemberPage(List<Member> members, @JsonbProperty("total_items") Integer totalItems) {

    public MemberPage {
        members = members == null ? List.of() : List.copyOf(members);
    }
}
