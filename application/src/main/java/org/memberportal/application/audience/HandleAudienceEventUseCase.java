package org.memberportal.application.audience;

/** Mailchimp's webhook: news of the audience, handled idempotently (Mailchimp delivers again on failure). */
public interface HandleAudienceEventUseCase {

    RemoteChanges.Outcome handle(AudienceEvent event);
}
