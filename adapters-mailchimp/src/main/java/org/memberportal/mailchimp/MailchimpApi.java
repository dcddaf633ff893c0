package org.memberportal.mailchimp;

import java.net.URI;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.memberportal.mailchimp.api.CampaignsApi;
import org.memberportal.mailchimp.api.InterestCategoriesApi;
import org.memberportal.mailchimp.api.ListsApi;
import org.memberportal.mailchimp.api.MembersApi;
import org.memberportal.mailchimp.api.MergeFieldsApi;
import org.memberportal.mailchimp.api.ReportsApi;

/**
 * The Rest Clients of one Mailchimp account, built at run time from the settings: the base URL
 * comes from the key (or the override), which a static {@code @RegisterRestClient} cannot know.
 */
public record MailchimpApi(ListsApi lists, InterestCategoriesApi interestCategories,
        MembersApi members, MergeFieldsApi mergeFields, CampaignsApi campaigns, ReportsApi reports)
        implements AutoCloseable {

    public static MailchimpApi connect(MailchimpSettings settings) {
        URI base = settings.apiBase();
        ApiKey key = settings.requiredApiKey();
        return new MailchimpApi(client(base, key, ListsApi.class),
                client(base, key, InterestCategoriesApi.class), client(base, key, MembersApi.class),
                client(base, key, MergeFieldsApi.class), client(base, key, CampaignsApi.class),
                client(base, key, ReportsApi.class));
    }

    private static <T> T client(URI base, ApiKey key, Class<T> api) {
        return RestClientBuilder.newBuilder()
                .baseUri(base)
                .connectTimeout(MailchimpSettings.CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(MailchimpSettings.READ_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .register(new BasicAuthentication(key))
                .register(new MailchimpErrorMapper())
                .build(api);
    }

    @Override
    public void close() {
        for (Object client : new Object[] {lists, interestCategories, members, mergeFields, campaigns, reports}) {
            // every Rest Client proxy is AutoCloseable (MicroProfile Rest Client 2.0 on)
            if (client instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    // closing releases connections; one that fails to has nothing left to release
                }
            }
        }
    }
}
