package org.memberportal.persistence.forum;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.memberportal.application.forum.Followers;
import org.memberportal.application.forum.Forums;
import org.memberportal.application.forum.PostReports;
import org.memberportal.application.forum.Posts;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.forum.Forum;
import org.memberportal.domain.forum.Post;
import org.memberportal.domain.forum.PostReport;
import org.memberportal.domain.forum.Topic;
import org.memberportal.persistence.database.KeysetQuery;
import org.memberportal.persistence.database.OptimisticVersions;
import org.memberportal.persistence.database.PersonalKey;

@ApplicationScoped
public class JpaForums implements Forums, Posts, Followers, PostReports {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public void add(Forum forum) {
        em.persist(ForumEntity.from(forum));
    }

    @Override
    public Optional<Forum> findForum(String id) {
        return Optional.ofNullable(em.find(ForumEntity.class, id)).map(ForumEntity::toDomain);
    }

    @Override
    public List<ListedForum> all() {
        return em.createQuery("select f, (select count(t) from TopicEntity t where t.forumId = f.id)"
                + " from ForumEntity f order by f.name, f.id", Object[].class)
                .getResultStream()
                .map(row -> new ListedForum(((ForumEntity) row[0]).toDomain(), ((Number) row[1]).longValue()))
                .toList();
    }

    @Override
    public Topic add(Topic topic) {
        return OptimisticVersions.insert(em, TopicEntity.from(topic)).toDomain();
    }

    @Override
    public Topic update(Topic topic) {
        TopicEntity entity = em.find(TopicEntity.class, topic.id());
        return OptimisticVersions.change(em, entity, entity.version, topic.version(), e -> e.copy(topic)).toDomain();
    }

    @Override
    public Optional<Topic> findTopic(String id) {
        return Optional.ofNullable(em.find(TopicEntity.class, id)).map(TopicEntity::toDomain);
    }

    /** Ordered by pinned and last activity, which change: paged by position, as ranked search is. */
    @Override
    public Page<Topic> topics(String forumId, PageRequest page) {
        int first = page.position();
        List<Topic> rows = em.createQuery("select t from TopicEntity t where t.forumId = :forum"
                + " order by t.pinned desc, t.lastActivityAt desc, t.id desc", TopicEntity.class)
                .setParameter("forum", forumId)
                .setFirstResult(first)
                .setMaxResults(page.limit() + 1)
                .getResultStream().map(TopicEntity::toDomain).toList();
        return rows.size() > page.limit()
                ? new Page<>(rows.subList(0, page.limit()), page.nextPosition())
                : new Page<>(rows, null);
    }

    @Override
    public List<Topic> topicsBy(String authorId) {
        return em.createQuery("select t from TopicEntity t where t.author.id = :author order by t.id", TopicEntity.class)
                .setParameter("author", authorId)
                .getResultStream().map(TopicEntity::toDomain).toList();
    }

    @Override
    public Post add(Post post) {
        return OptimisticVersions.insert(em, PostEntity.from(post)).toDomain();
    }

    @Override
    public Post update(Post post) {
        PostEntity entity = em.find(PostEntity.class, post.id());
        return OptimisticVersions.change(em, entity, entity.version, post.version(), e -> e.copy(post)).toDomain();
    }

    @Override
    public Optional<Post> findPost(String id) {
        return Optional.ofNullable(em.find(PostEntity.class, id)).map(PostEntity::toDomain);
    }

    @Override
    public Page<Post> of(String topicId, boolean withHidden, PageRequest page) {
        return KeysetQuery.of(em, PostEntity.class, "p")
                .where(true, "p.topicId = :topic", "topic", topicId)
                .where(!withHidden, "p.hidden = false", null, null)
                .ascending(page, p -> p.id)
                .map(PostEntity::toDomain);
    }

    @Override
    public List<Post> postsBy(String authorId) {
        return em.createQuery("select p from PostEntity p where p.author.id = :author order by p.id", PostEntity.class)
                .setParameter("author", authorId)
                .getResultStream().map(PostEntity::toDomain).toList();
    }

    @Override
    public void follow(String topicId, AccountId person) {
        if (em.find(FollowEntity.class, new PersonalKey(topicId, person.value())) == null) {
            em.persist(new FollowEntity(topicId, person.value(), Instant.now()));
            OptimisticVersions.flush(em);
        }
    }

    @Override
    public void unfollow(String topicId, AccountId person) {
        FollowEntity follow = em.find(FollowEntity.class, new PersonalKey(topicId, person.value()));
        if (follow != null) {
            em.remove(follow);
        }
    }

    @Override
    public boolean follows(String topicId, AccountId person) {
        return em.find(FollowEntity.class, new PersonalKey(topicId, person.value())) != null;
    }

    @Override
    public List<AccountId> of(String topicId) {
        return em.createQuery("select f.accountId from FollowEntity f where f.subjectId = :topic order by f.accountId",
                String.class)
                .setParameter("topic", topicId)
                .getResultStream().map(AccountId::new).toList();
    }

    @Override
    public List<String> topicsFollowedBy(AccountId person) {
        return em.createQuery("select f.subjectId from FollowEntity f where f.accountId = :person order by f.subjectId",
                String.class)
                .setParameter("person", person.value())
                .getResultList();
    }

    @Override
    public void add(PostReport report) {
        em.persist(PostReportEntity.from(report));
    }

    @Override
    public void update(PostReport report) {
        PostReportEntity entity = em.find(PostReportEntity.class, report.id());
        entity.copy(report);
    }

    @Override
    public Optional<PostReport> findReport(String id) {
        return Optional.ofNullable(em.find(PostReportEntity.class, id)).map(PostReportEntity::toDomain);
    }

    @Override
    public Page<PostReport> page(Boolean open, PageRequest page) {
        return KeysetQuery.of(em, PostReportEntity.class, "r")
                .where(open != null, "r.closed = :closed", "closed", open == null ? null : !open)
                .descending(page, r -> r.id)
                .map(PostReportEntity::toDomain);
    }

    @Override
    public List<PostReport> reportsBy(String reporterId) {
        return em.createQuery("select r from PostReportEntity r where r.reporter.id = :reporter order by r.id",
                PostReportEntity.class)
                .setParameter("reporter", reporterId)
                .getResultStream().map(PostReportEntity::toDomain).toList();
    }
}
