package org.memberportal.application.forum;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.markdown.MarkdownRenderer;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.application.refusal.Inputs;
import org.memberportal.application.refusal.ProblemCode;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.domain.Texts;
import org.memberportal.domain.forum.Forum;
import org.memberportal.domain.forum.Post;
import org.memberportal.domain.forum.PostAuthor;
import org.memberportal.domain.forum.PostReport;
import org.memberportal.domain.forum.Topic;
import org.memberportal.domain.identity.Reader;
import org.memberportal.domain.markdown.RenderedMarkdown;

/**
 * The forums, shared by every customer company: any active member reads, starts topics, replies,
 * edits their own posts, follows topics and reports posts. Each person's posting is limited
 * ({@link PostingThrottle}); followers hear of new posts through {@link PostWritten}.
 */
@ApplicationScoped
@Transactional
public class ForumDesk implements TakePartInForumsUseCase {

    private final Forums forums;
    private final Posts posts;
    private final Followers followers;
    private final PostReports reports;
    private final ForumAuthors authors;
    private final MarkdownRenderer renderer;
    private final PostingThrottle throttle;
    private final Event<PostWritten> written;
    private final Clock clock;

    protected ForumDesk() {
        this(null, null, null, null, null, null, null, null, null); // for the CDI proxy
    }

    @Inject
    public ForumDesk(Forums forums, Posts posts, Followers followers, PostReports reports, ForumAuthors authors,
            MarkdownRenderer renderer, PostingThrottle throttle, Event<PostWritten> written, Clock clock) {
        this.forums = forums;
        this.posts = posts;
        this.followers = followers;
        this.reports = reports;
        this.authors = authors;
        this.renderer = renderer;
        this.throttle = throttle;
        this.written = written;
        this.clock = clock;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Forums.ListedForum> forums(Reader reader) {
        return forums.all();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Topic> topics(Reader reader, String forumId, PageRequest page) {
        forum(forumId);
        Inputs.checked(page::position);
        return forums.topics(forumId, page);
    }

    @Override
    public TopicPage start(Reader reader, String forumId, String title, String bodyMarkdown) {
        Forum forum = forum(forumId);
        PostAuthor author = authors.of(reader);
        Instant now = clock.instant();
        Topic topic = Inputs.checked(() -> Topic.start(forum, title, author, now));
        Post first = Inputs.checked(() -> Post.write(topic, author, render(bodyMarkdown), now));
        throttle.count(author, now);
        Topic stored = forums.add(topic);
        Post post = posts.add(first);
        followByDefault(reader, stored);
        written.fire(new PostWritten(stored, post));
        return new TopicPage(stored, reader instanceof Reader.Person, new Page<>(List.of(post), null));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public TopicPage show(Reader reader, String topicId, PageRequest page) {
        Topic topic = topic(topicId);
        boolean following = reader instanceof Reader.Person person && followers.follows(topicId, person.accountId());
        return new TopicPage(topic, following, posts.of(topicId, reader.isAgent(), page));
    }

    @Override
    public Post reply(Reader reader, String topicId, String bodyMarkdown) {
        Topic topic = topic(topicId);
        if (topic.locked()) {
            throw Refusal.conflict(ProblemCode.TOPIC_LOCKED, "The topic is locked: it takes no more replies.");
        }
        PostAuthor author = authors.of(reader);
        Instant now = clock.instant();
        Post reply = Inputs.checked(() -> Post.write(topic, author, render(bodyMarkdown), now));
        throttle.count(author, now);
        topic.replied(now);
        Topic stored = forums.update(topic);
        Post post = posts.add(reply);
        followByDefault(reader, stored);
        written.fire(new PostWritten(stored, post));
        return post;
    }

    @Override
    public Post edit(Reader reader, String postId, String bodyMarkdown, long version) {
        Post post = visiblePost(reader, postId);
        if (!post.mayBeEditedBy(reader)) {
            throw Refusal.notPermitted("Only its author edits a post.");
        }
        post.readAt(version);
        Inputs.checked(() -> {
            post.edit(reader, render(bodyMarkdown), clock.instant());
            return post;
        });
        return posts.update(post);
    }

    @Override
    public void follow(Reader reader, String topicId, boolean following) {
        if (!(reader instanceof Reader.Person person)) {
            throw Refusal.notPermitted("Members follow topics; agents see every topic under /admin.");
        }
        topic(topicId);
        if (following) {
            followers.follow(topicId, person.accountId());
        } else {
            followers.unfollow(topicId, person.accountId());
        }
    }

    @Override
    public void report(Reader reader, String postId, String reason) {
        Post post = visiblePost(reader, postId);
        PostAuthor reporter = authors.of(reader);
        reports.add(Inputs.checked(() -> PostReport.of(post, reporter, reason, clock.instant())));
    }

    /** Authors and repliers follow the topic: posting in it again follows it again after an unfollow. */
    private void followByDefault(Reader reader, Topic topic) {
        if (reader instanceof Reader.Person person) {
            followers.follow(topic.id(), person.accountId());
        }
    }

    private Forum forum(String id) {
        return forums.findForum(id).orElseThrow(() -> Refusal.notFound("the forum"));
    }

    private Topic topic(String id) {
        return forums.findTopic(id).orElseThrow(() -> Refusal.notFound("the topic"));
    }

    /** A post the reader may see: a hidden one is not found for members. */
    private Post visiblePost(Reader reader, String id) {
        return posts.findPost(id).filter(p -> p.isVisibleTo(reader)).orElseThrow(() -> Refusal.notFound("the post"));
    }

    private RenderedMarkdown render(String markdown) {
        return renderer.render(Texts.require("the post", markdown, Post.MAX_BODY_LENGTH));
    }
}
