package org.memberportal.application.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.domain.notice.NoticeStatus;

/**
 * One round of the watch over notices under way: each SENDING one is resumed (a request's sender
 * may have died with its instance, or met a busy Mailchimp), each SCHEDULED one is asked after.
 * The sender's claim keeps a notice to one instance at a time.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class NoticeWatch {

    private final UpdateNotices notices;
    private final NoticeSender sender;

    protected NoticeWatch() {
        this(null, null); // for the CDI proxy
    }

    @Inject
    public NoticeWatch(UpdateNotices notices, NoticeSender sender) {
        this.notices = notices;
        this.sender = sender;
    }

    public void round() {
        if (!sender.isConfigured()) {
            return;
        }
        for (NoticeStatus status : new NoticeStatus[] {NoticeStatus.SENDING, NoticeStatus.SCHEDULED}) {
            notices.idsIn(status).forEach(sender::advance);
        }
    }
}
