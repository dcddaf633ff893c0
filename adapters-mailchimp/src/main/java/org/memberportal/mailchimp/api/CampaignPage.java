package org.memberportal.mailchimp.api;

import java.util.List;

import jakarta.json.bind.annotation.JsonbProperty;

public record CampaignPage(List<Campaign> campaigns, @JsonbProperty("total_items") Integer totalItems) {

    public CampaignPage {
        campaigns = campaigns == null ? List.of() : campaigns;
    }
}
