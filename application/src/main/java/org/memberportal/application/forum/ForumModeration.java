package org.memberportal.application.forum;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.access.Authorization;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.application.refusal.Inputs;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.domain.forum.Forum;
import org.memberportal.domain.forum.Post;
import org.memberportal.domain.forum.PostReport;
import org.memberportal.domain.forum.Topic;
import org.memberportal.domain.identity.Caller;

/** The agents moderate the forums: make categories, pin and lock topics, hide posts, read and close reports. */
@ApplicationScoped
@Transactional
public class ForumModeration implements ModerateForumsUseCase {

    private final Forums forums;
    private final Posts posts;
    private final PostReports reports;
    private final Clock clock;

    protected ForumModeration() {
        this(null, null, null, null); // for the CDI proxy
    }

    @Inject
    public ForumModeration(Forums forums, Posts posts, PostReports reports, Clock clock) {
        this.forums = forums;
        this.posts = posts;
        this.reports = reports;
        this.clock = clock;
    }

    @Override
    public Forum create(Caller caller, String name, String description) {
        Authorization.requireAgent(caller);
        Forum forum = Inputs.checked(() -> Forum.create(name, description, clock.instant()));
        forums.add(forum);
        return forum;
    }

    @Override
    public Topic moderate(Caller caller, String topicId, Boolean pinned, Boolean locked) {
        Authorization.requireAgent(caller);
        Topic topic = forums.findTopic(topicId).orElseThrow(() -> Refusal.notFound("the topic"));
        topic.moderate(pinned, locked);
        return forums.update(topic);
    }

    @Override
    public Post hide(Caller caller, String postId, boolean hidden) {
        Authorization.requireAgent(caller);
        Post post = posts.findPost(postId).orElseThrow(() -> Refusal.notFound("the post"));
        post.hide(hidden);
        return posts.update(post);
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
        PostReport report = reports.findReport(reportId).orElseThrow(() -> Refusal.notFound("the report")).closed(closed);
        reports.update(report);
        return report;
    }
}
