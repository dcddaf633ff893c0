package org.memberportal.rest.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.memberportal.application.secondfactor.SecondFactorPolicy;

/** {@code PORTAL_SECOND_FACTOR_REQUIRED}: who must sign in with a second factor. */
@ApplicationScoped
public class SecondFactorSettings {

    @Inject
    @ConfigProperty(name = "portal.second-factor.required")
    String required;

    @Produces
    SecondFactorPolicy secondFactorPolicy() {
        return SecondFactorPolicy.parse(required);
    }
}
