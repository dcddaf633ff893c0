package org.memberportal.mailchimp;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The one set of Rest Clients to the account, connected on first use (the settings may name no key
 * at start-up) and shared by the audience's and the campaigns' gateways.
 */
@ApplicationScoped
public class MailchimpConnection {

    private final MailchimpSettings settings;
    private volatile MailchimpApi api;

    protected MailchimpConnection() {
        this(null); // for the CDI proxy
    }

    @Inject
    public MailchimpConnection(MailchimpSettings settings) {
        this.settings = settings;
    }

    public MailchimpApi api() {
        MailchimpApi connected = api;
        if (connected == null) {
            synchronized (this) {
                connected = api;
                if (connected == null) {
                    connected = MailchimpApi.connect(settings);
                    api = connected;
                }
            }
        }
        return connected;
    }

    @PreDestroy
    void disconnect() {
        MailchimpApi connected = api;
        if (connected != null) {
            connected.close();
        }
    }
}
