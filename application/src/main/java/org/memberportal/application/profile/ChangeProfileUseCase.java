package org.memberportal.application.profile;

import org.memberportal.domain.identity.Caller;

public interface ChangeProfileUseCase {

    /**
     * A member changes their own full name (one line, at most 200 characters); Mailchimp gets it
     * with the next audience sync. Answers the profile as it is now.
     */
    MemberProfile rename(Caller caller, String fullName);
}
