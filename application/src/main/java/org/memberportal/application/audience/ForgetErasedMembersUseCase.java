package org.memberportal.application.audience;

public interface ForgetErasedMembersUseCase {

    /** Deletes the members of erased persons from Mailchimp for good; answers how many. */
    int forgetErased();
}
