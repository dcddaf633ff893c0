package org.memberportal.application.audience;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;


/** The interest ids, found or created once and kept: Mailchimp's ids are stable. */
@ApplicationScoped
public class AudienceGroupsCache {

    private final AudienceGateway gateway;
    private volatile AudienceGroups groups;

    protected AudienceGroupsCache() {
        this(null); // for the CDI proxy
    }

    @Inject
    public AudienceGroupsCache(AudienceGateway gateway) {
        this.gateway = gateway;
    }

    public AudienceGroups groups() {
        AudienceGroups known = groups;
        return known != null ? known : refresh();
    }

    /** Asks Mailchimp again (someone may have deleted a group by hand): every run starts with this. */
    public AudienceGroups refresh() {
        AudienceGroups found = gateway.ensureGroups();
        groups = found;
        return found;
    }
}
