package org.memberportal.rest.session;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.Configuration;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.scoring.Result;

import org.memberportal.application.account.PasswordPolicy;
import org.memberportal.application.secret.PasswordStrength;

/**
 * nbvcxz's estimate (a zxcvbn estimator with its dictionaries of about 100,000 common passwords,
 * English words and names, keyboard walks, dates and leet spellings): a password below its minimum
 * entropy is easy to guess.
 */
@ApplicationScoped
public class NbvcxzPasswordStrength implements PasswordStrength {

    /** The dictionaries are read once; an estimator of its own per check, as one is not shared between threads. */
    private static final Configuration CONFIGURATION = new ConfigurationBuilder()
            .setMaxLength(PasswordPolicy.MAX_LENGTH).createConfiguration();

    @Override
    public Optional<String> weakness(char[] password) {
        Result estimate = new Nbvcxz(CONFIGURATION).estimate(new String(password));
        if (estimate.isMinimumEntropyMet()) {
            return Optional.empty();
        }
        String warning = estimate.getFeedback().getWarning();
        return Optional.of(warning == null ? "That password is easy to guess." : warning);
    }
}
