package org.memberportal.rest.config;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.memberportal.application.identity.SessionPolicy;

/** Hands the application the settings it needs, read from MicroProfile Config. */
@ApplicationScoped
public class RuntimeSettings {

    @Inject
    @ConfigProperty(name = "portal.session.ttl", defaultValue = "PT8H")
    Duration sessionTimeToLive;

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    SessionPolicy sessionPolicy() {
        return new SessionPolicy(sessionTimeToLive);
    }
}
