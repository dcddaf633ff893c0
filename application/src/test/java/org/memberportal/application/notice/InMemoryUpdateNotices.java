package org.memberportal.application.notice;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.domain.notice.NoticeStatus;
import org.memberportal.domain.notice.UpdateNotice;

/** Update notices in a map, with claims as the database holds them: one holder at a time until the claim runs out. */
final class InMemoryUpdateNotices implements UpdateNotices {

    private final Map<String, UpdateNotice> byId = new LinkedHashMap<>();
    private final Map<String, String> holders = new LinkedHashMap<>();
    private final Map<String, Instant> until = new LinkedHashMap<>();

    @Override
    public synchronized UpdateNotice add(UpdateNotice notice) {
        return store(notice, 1);
    }

    @Override
    public synchronized UpdateNotice update(UpdateNotice notice) {
        if (byId.get(notice.id()).version() != notice.version()) {
            throw Refusal.staleVersion();
        }
        return store(notice, notice.version() + 1);
    }

    private UpdateNotice store(UpdateNotice n, long version) {
        byId.put(n.id(), copy(n, version));
        return copy(n, version);
    }

    private static UpdateNotice copy(UpdateNotice n, long version) {
        return UpdateNotice.restore(n.id(), n.draft(), n.status(), n.step(), n.campaignId(), n.sendAt(), n.sentAt(),
                n.problem(), n.report(), n.createdAt(), n.updatedAt(), version);
    }

    @Override
    public synchronized Optional<UpdateNotice> find(String id) {
        return Optional.ofNullable(byId.get(id)).map(n -> copy(n, n.version()));
    }

    @Override
    public synchronized Page<UpdateNotice> page(PageRequest page) {
        return new Page<>(byId.values().stream().sorted(Comparator.comparing(UpdateNotice::id).reversed()).toList(),
                null);
    }

    @Override
    public synchronized List<String> idsIn(NoticeStatus status) {
        return byId.values().stream().filter(n -> n.status() == status).map(UpdateNotice::id).toList();
    }

    @Override
    public synchronized boolean claim(String id, String holder, Instant now, Instant claimUntil) {
        String current = holders.get(id);
        if (current != null && !current.equals(holder) && until.get(id).isAfter(now)) {
            return false;
        }
        holders.put(id, holder);
        until.put(id, claimUntil);
        return true;
    }

    @Override
    public synchronized void release(String id, String holder) {
        if (holder.equals(holders.get(id))) {
            holders.remove(id);
        }
    }

    /** An instance that died holding the claim. */
    synchronized void claimedByTheDead(String id, Instant claimUntil) {
        holders.put(id, "dead instance");
        until.put(id, claimUntil);
    }

    /** A notice as a crash left it. */
    synchronized void put(UpdateNotice notice) {
        byId.put(notice.id(), notice);
    }
}
