package org.memberportal.mailchimp.fake;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The part of Mailchimp's API the fake serves, one constant per method and path (under /3.0). */
public enum FakeEndpoint {
    PING("GET", "/ping"),
    LISTS("GET", "/lists"),
    LIST("GET", "/lists/{list_id}"),
    BATCH_SUBSCRIBE("POST", "/lists/{list_id}"),
    CATEGORIES("GET", "/lists/{list_id}/interest-categories"),
    CATEGORY_CREATE("POST", "/lists/{list_id}/interest-categories"),
    INTERESTS("GET", "/lists/{list_id}/interest-categories/{category_id}/interests"),
    INTEREST_CREATE("POST", "/lists/{list_id}/interest-categories/{category_id}/interests"),
    MEMBERS("GET", "/lists/{list_id}/members"),
    MEMBER_CREATE("POST", "/lists/{list_id}/members"),
    MEMBER_GET("GET", "/lists/{list_id}/members/{subscriber_hash}"),
    MEMBER_PUT("PUT", "/lists/{list_id}/members/{subscriber_hash}"),
    MEMBER_ARCHIVE("DELETE", "/lists/{list_id}/members/{subscriber_hash}"),
    MEMBER_DELETE_PERMANENT("POST", "/lists/{list_id}/members/{subscriber_hash}/actions/delete-permanent"),
    MEMBER_TAGS("POST", "/lists/{list_id}/members/{subscriber_hash}/tags"),
    MERGE_FIELDS("GET", "/lists/{list_id}/merge-fields"),
    MERGE_FIELD_CREATE("POST", "/lists/{list_id}/merge-fields"),
    CAMPAIGNS("GET", "/campaigns"),
    CAMPAIGN_CREATE("POST", "/campaigns"),
    CAMPAIGN_GET("GET", "/campaigns/{campaign_id}"),
    CAMPAIGN_CONTENT("PUT", "/campaigns/{campaign_id}/content"),
    CAMPAIGN_CHECKLIST("GET", "/campaigns/{campaign_id}/send-checklist"),
    CAMPAIGN_TEST("POST", "/campaigns/{campaign_id}/actions/test"),
    CAMPAIGN_SEND("POST", "/campaigns/{campaign_id}/actions/send"),
    CAMPAIGN_SCHEDULE("POST", "/campaigns/{campaign_id}/actions/schedule"),
    CAMPAIGN_UNSCHEDULE("POST", "/campaigns/{campaign_id}/actions/unschedule"),
    REPORT("GET", "/reports/{campaign_id}");

    private final String method;
    private final String template;
    private final Pattern pattern;

    FakeEndpoint(String method, String template) {
        this.method = method;
        this.template = template;
        this.pattern = Pattern.compile(template.replaceAll("\\{[a-z_]+}", "([^/]+)"));
    }

    /** The endpoints that write members: what a sync's cost is counted in. */
    public boolean writesMembers() {
        return this == BATCH_SUBSCRIBE || this == MEMBER_PUT || this == MEMBER_CREATE;
    }

    public String method() {
        return method;
    }

    @Override
    public String toString() {
        return method + " " + template;
    }

    /** The path's parameters when the path is this endpoint's, whatever the method. */
    Optional<List<String>> match(String path) {
        Matcher matcher = pattern.matcher(path);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        List<String> parameters = new ArrayList<>();
        for (int group = 1; group <= matcher.groupCount(); group++) {
            parameters.add(matcher.group(group));
        }
        return Optional.of(parameters);
    }
}
