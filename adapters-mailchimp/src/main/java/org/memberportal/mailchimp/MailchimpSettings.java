package org.memberportal.mailchimp;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the portal's audience is and how to reach it. Without an API key Mailchimp is simply
 * not configured: the sync says so and nothing else is affected.
 */
public record MailchimpSettings(Optional<ApiKey> apiKey, Optional<String> listId, Optional<URI> baseUrl,
        GroupNames groupNames) {

    public static final String API_KEY = "mailchimp.api.key";
    public static final String LIST_ID = "mailchimp.list.id";
    public static final String BASE_URL = "mailchimp.base.url";
    public static final String CATEGORY_NAME = "mailchimp.interest-category.name";
    public static final String TRAINING_NEWSLETTER_NAME = "mailchimp.interest.training-newsletter.name";
    public static final String UPDATE_NOTICES_NAME = "mailchimp.interest.update-notices.name";

    /** Reaching Mailchimp takes a moment; an unreachable host should not hold a sync for long. */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Mailchimp gives a request up to 120 s; a little more lets its own answer arrive. */
    public static final Duration READ_TIMEOUT = Duration.ofSeconds(130);

    public MailchimpSettings {
        Objects.requireNonNull(apiKey);
        Objects.requireNonNull(listId);
        Objects.requireNonNull(baseUrl);
        Objects.requireNonNull(groupNames);
    }

    /**
     * Reads the settings by name ({@code mailchimp.api.key} and so on; MicroProfile Config finds
     * them in environment variables such as {@code MAILCHIMP_API_KEY} too). Blank counts as unset.
     */
    public static MailchimpSettings from(Function<String, Optional<String>> setting) {
        Function<String, Optional<String>> present = name -> setting.apply(name).map(String::strip)
                .filter(value -> !value.isEmpty());
        GroupNames defaults = GroupNames.DEFAULTS;
        return new MailchimpSettings(
                present.apply(API_KEY).map(ApiKey::of),
                present.apply(LIST_ID),
                present.apply(BASE_URL).map(MailchimpSettings::withoutTrailingSlash).map(URI::create),
                new GroupNames(
                        present.apply(CATEGORY_NAME).orElse(defaults.category()),
                        present.apply(TRAINING_NEWSLETTER_NAME).orElse(defaults.trainingNewsletter()),
                        present.apply(UPDATE_NOTICES_NAME).orElse(defaults.updateNotices())));
    }

    public boolean isConfigured() {
        return apiKey.isPresent();
    }

    public ApiKey requiredApiKey() {
        return apiKey.orElseThrow(() -> new IllegalStateException("Mailchimp is not configured: no API key"));
    }

    public String requiredListId() {
        return listId.orElseThrow(() -> new IllegalStateException("Mailchimp is misconfigured: no list id"));
    }

    /** The override when there is one, else the key's data centre's API. */
    public URI apiBase() {
        if (baseUrl.isPresent()) {
            return baseUrl.get();
        }
        String dataCentre = requiredApiKey().dataCentre().orElseThrow(() -> new IllegalStateException(
                "Mailchimp is misconfigured: the API key ends with no data centre (such as -us6) and no base URL is set"));
        return URI.create("https://" + dataCentre + ".api.mailchimp.com/3.0");
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
