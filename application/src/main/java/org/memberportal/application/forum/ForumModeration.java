package org.memberportal.application.forum;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.access.Authorization;
import org.memberportal.application.audit.AuditEvent;
import org.memberportal.application.audit.AuditTrail;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.application.refusal.Inputs;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.domain.forum.Forum;
import org.memberportal.domain.forum.Post;
import org.memberportal.domain.forum.PostReport;
import org.memberportal.domain.forum.Topic;
import org.memberportal.domain.identity.Caller;

/**
 * The agents moderate the forums: make categories, pin and lock topics, hide posts, read and close
 * reports. Each change is in the audit trail, as the agents' other acts are; a request that changes
 * nothing (pinning a pinned topic) records nothing.
 */
@ApplicationScoped
@Transactional
public class ForumModeration implements ModerateForumsUseCase {

    private final Forums forums;
    private final Posts posts;
    private final PostReports reports;
    private final AuditTrail audit;
    private final Clock clock;

    protected ForumModeration() {
        this(null, null, null, null, null); // for the CDI proxy
    }

    @Inject
    public ForumModeration(Forums forums, Posts posts, PostReports reports, AuditTrail audit, Clock clock) {
        this.forums = forums;
        this.posts = posts;
        this.reports = reports;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Forum create(Caller caller, String name, String description) {
        Authorization.requireAgent(caller);
        Forum forum = Inputs.checked(() -> Forum.create(name, description, clock.instant()));
        forums.add(forum);
        record(caller, "FORUM_CREATED", forum.id(), forum.name());
        return forum;
    }

    @Override
    public Topic moderate(Caller caller, String topicId, Boolean pinned, Boolean locked) {
        Authorization.requireAgent(caller);
        Topic topic = forums.findTopic(topicId).orElseThrow(() -> Refusal.notFound("the topic"));
        boolean wasPinned = topic.pinned();
        boolean wasLocked = topic.locked();
        topic.moderate(pinned, locked);
        Topic saved = forums.update(topic);
        if (saved.pinned() != wasPinned) {
            record(caller, saved.pinned() ? "TOPIC_PINNED" : "TOPIC_UNPINNED", saved.id(), saved.title());
        }
        if (saved.locked() != wasLocked) {
            record(caller, saved.locked() ? "TOPIC_LOCKED" : "TOPIC_UNLOCKED", saved.id(), saved.title());
        }
        return saved;
    }

    @Override
    public Post hide(Caller caller, String postId, boolean hidden) {
        Authorization.requireAgent(caller);
        Post post = posts.findPost(postId).orElseThrow(() -> Refusal.notFound("the post"));
        boolean wasHidden = post.hidden();
        post.hide(hidden);
        Post saved = posts.update(post);
        if (saved.hidden() != wasHidden) {
            // the topic, not the post's text: what a member wrote stays in the forum, where erasure finds it
            record(caller, saved.hidden() ? "POST_HIDDEN" : "POST_SHOWN", saved.id(), "topic " + saved.topicId());
        }
        return saved;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ReportedPost> reports(Caller caller, Boolean open, PageRequest page) {
        Authorization.requireAgent(caller);
        return reports.page(open, page).map(r -> new ReportedPost(r, posts.findPost(r.postId()).orElseThrow()));
    }

    @Override
    public PostReport close(Caller caller, String reportId, boolean closed) {
        Authorization.requireAgent(caller);
        PostReport found = reports.findReport(reportId).orElseThrow(() -> Refusal.notFound("the report"));
        PostReport report = found.closed(closed);
        reports.update(report);
        if (report.closed() != found.closed()) {
            record(caller, report.closed() ? "POST_REPORT_CLOSED" : "POST_REPORT_REOPENED", report.id(),
                    "post " + report.postId());
        }
        return report;
    }

    /** The forums belong to no company: their events are in the trail of all companies. */
    private void record(Caller caller, String action, String subject, String details) {
        audit.record(AuditEvent.of(caller, action, null, subject, details, clock.instant()));
    }
}
