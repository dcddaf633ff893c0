package org.memberportal.mailchimp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;

/** Reads {@link MailchimpSettings} from MicroProfile Config (environment variables win). */
@ApplicationScoped
public class MailchimpConfiguration {

    private final Config config;

    protected MailchimpConfiguration() {
        this(null); // for the CDI proxy
    }

    @Inject
    public MailchimpConfiguration(Config config) {
        this.config = config;
    }

    @Produces
    MailchimpSettings settings() {
        return MailchimpSettings.from(name -> config.getOptionalValue(name, String.class));
    }
}
