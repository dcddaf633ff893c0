package org.memberportal.application.preference;

import java.util.Set;

import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.notification.CompanyWarning;

/** A member's own mailing preferences: read, changed, and their history. */
public interface ManagePreferencesUseCase {

    PreferencesAnswer preferences(Caller caller);

    PreferencesAnswer change(Caller caller, PreferenceChange change);

    Page<ConsentChange> history(Caller caller, PageRequest page);

    /** The wanted state of both audiences, as read at {@code version}. */
    record PreferenceChange(boolean newsletter, boolean updateNotices, long version) {
    }

    /**
     * Each audience: whether the level may receive it and whether the person does. A confirmation
     * is pending when the person opted in after leaving through Mailchimp: Mailchimp sends them an
     * e-mail to confirm. {@code warnings} are those the change just made raised.
     */
    record PreferencesAnswer(boolean newsletterEligible, boolean newsletter, boolean updateNoticesEligible,
            boolean updateNotices, boolean confirmationPending, boolean addressCleaned, long version,
            Set<CompanyWarning> warnings) {

        public PreferencesAnswer {
            warnings = Set.copyOf(warnings);
        }
    }
}
