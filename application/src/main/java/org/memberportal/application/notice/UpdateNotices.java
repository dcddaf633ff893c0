package org.memberportal.application.notice;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.notice.NoticeStatus;
import org.memberportal.domain.notice.UpdateNotice;

/** The update notices, and the claims of the instances sending them. */
public interface UpdateNotices {

    /** Stores a new notice and answers it as stored. */
    UpdateNotice add(UpdateNotice notice);

    /** Saves a changed notice; a {@code stale-version} conflict when it changed since it was read. */
    UpdateNotice update(UpdateNotice notice);

    Optional<UpdateNotice> find(String id);

    /** Newest first. */
    Page<UpdateNotice> page(PageRequest page);

    /** The ids of the notices in this status, oldest first. */
    List<String> idsIn(NoticeStatus status);

    /**
     * Claims the notice for {@code holder} until {@code until}, when nobody holds it, the claim ran
     * out, or the holder has it already; one conditional write that commits at once: of two
     * instances racing, exactly one wins.
     */
    boolean claim(String id, String holder, Instant now, Instant until);

    /** Frees the claim, only if {@code holder} has it; commits at once. */
    void release(String id, String holder);
}
