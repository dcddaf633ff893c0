package org.memberportal.domain.notice;

/**
 * Where an update notice is: written ({@code DRAFT}), given to Mailchimp for a later time
 * ({@code SCHEDULED}), on its way ({@code SENDING}: the portal is taking the steps), gone
 * ({@code SENT}), or stopped by a refusal ({@code FAILED}, which may be sent again and then
 * resumes its own campaign).
 */
public enum NoticeStatus {
    DRAFT,
    SCHEDULED,
    SENDING,
    SENT,
    FAILED;

    /** A notice may be asked to go out only while nothing of it went out. */
    public boolean maySend() {
        return this == DRAFT || this == FAILED;
    }
}
