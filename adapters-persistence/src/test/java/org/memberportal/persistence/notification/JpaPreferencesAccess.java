package org.memberportal.persistence.notification;

import jakarta.persistence.EntityManager;

/** Lets tests of other packages use the preferences repository on their own entity manager. */
public final class JpaPreferencesAccess {

    private JpaPreferencesAccess() {
    }

    public static JpaPreferences of(EntityManager em) {
        JpaPreferences preferences = new JpaPreferences();
        preferences.em = em;
        return preferences;
    }
}
