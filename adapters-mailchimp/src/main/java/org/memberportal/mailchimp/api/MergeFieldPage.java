package org.memberportal.mailchimp.api;

import java.util.List;

import jakarta.json.bind.annotation.JsonbProperty;

public record MergeFieldPage(@JsonbProperty("merge_fields") List<MergeField> mergeFields) {

    public MergeFieldPage {
        mergeFields = mergeFields == null ? List.of() : mergeFields;
    }
}
