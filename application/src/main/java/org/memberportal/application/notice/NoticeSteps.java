package org.memberportal.application.notice;

import java.time.Clock;
import java.time.Instant;
import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.refusal.Refusal;
import org.memberportal.domain.notice.UpdateNotice;

/**
 * Each step of sending, written and committed on its own before the sender calls Mailchimp: what
 * is recorded survives a crash of the instance, and tells the next sender what Mailchimp may have
 * done.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class NoticeSteps {

    private final UpdateNotices notices;
    private final Clock clock;

    protected NoticeSteps() {
        this(null, null); // for the CDI proxy
    }

    @Inject
    public NoticeSteps(UpdateNotices notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    public UpdateNotice load(String id) {
        return notices.find(id).orElseThrow(() -> Refusal.notFound("the update notice"));
    }

    /** Applies one step to the notice as stored now, and commits it. */
    public UpdateNotice record(String id, BiConsumer<UpdateNotice, Instant> step) {
        UpdateNotice notice = load(id);
        step.accept(notice, clock.instant());
        return notices.update(notice);
    }
}
