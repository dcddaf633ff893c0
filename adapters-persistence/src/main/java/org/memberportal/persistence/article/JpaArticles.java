package org.memberportal.persistence.article;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.memberportal.application.article.ArticleSearch;
import org.memberportal.application.article.Articles;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.article.Article;
import org.memberportal.domain.article.ArticleStatus;
import org.memberportal.domain.article.Helpfulness;
import org.memberportal.persistence.database.KeysetQuery;
import org.memberportal.persistence.database.OptimisticVersions;
import org.memberportal.persistence.database.PersonalKey;

/** Articles and votes; search is PostgreSQL's full text or H2's word match ({@link SearchByDatabase}). */
@ApplicationScoped
public class JpaArticles implements Articles, ArticleSearch {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    SearchByDatabase search;

    @Override
    public Article add(Article article) {
        return OptimisticVersions.insert(em, ArticleEntity.from(article)).toDomain();
    }

    @Override
    public Article update(Article article) {
        ArticleEntity entity = em.find(ArticleEntity.class, article.id());
        return OptimisticVersions.change(em, entity, entity.version, article.version(), e -> e.copy(article))
                .toDomain();
    }

    @Override
    public Optional<Article> find(String id) {
        return Optional.ofNullable(em.find(ArticleEntity.class, id)).map(ArticleEntity::toDomain);
    }

    @Override
    public Page<Article> page(ArticleStatus status, String category, PageRequest page) {
        return KeysetQuery.of(em, ArticleEntity.class, "a")
                .where(status != null, "a.status = :status", "status", status)
                .where(category != null, "a.category = :category", "category", category)
                .descending(page, a -> a.id)
                .map(ArticleEntity::toDomain);
    }

    @Override
    public List<String> publishedCategories() {
        return em.createQuery("select distinct a.category from ArticleEntity a where a.status = :status"
                + " order by a.category", String.class)
                .setParameter("status", ArticleStatus.PUBLISHED)
                .getResultList();
    }

    @Override
    public void vote(String articleId, AccountId person, boolean helpful) {
        ArticleVoteEntity vote = em.find(ArticleVoteEntity.class, new PersonalKey(articleId, person.value()));
        Instant now = Instant.now();
        if (vote == null) {
            em.persist(new ArticleVoteEntity(articleId, person.value(), helpful, now));
        } else {
            vote.changeTo(helpful, now);
        }
        OptimisticVersions.flush(em);
    }

    @Override
    public Helpfulness helpfulness(String articleId) {
        List<Object[]> counts = em.createQuery("select v.helpful, count(v) from ArticleVoteEntity v"
                + " where v.subjectId = :article group by v.helpful", Object[].class)
                .setParameter("article", articleId)
                .getResultList();
        long yes = 0;
        long no = 0;
        for (Object[] row : counts) {
            if (Boolean.TRUE.equals(row[0])) {
                yes = ((Number) row[1]).longValue();
            } else {
                no = ((Number) row[1]).longValue();
            }
        }
        return new Helpfulness(yes, no);
    }

    @Override
    public List<Vote> votesOf(AccountId person) {
        return em.createQuery("select v from ArticleVoteEntity v where v.accountId = :person order by v.votedAt",
                ArticleVoteEntity.class)
                .setParameter("person", person.value())
                .getResultStream()
                .map(v -> new Vote(v.subjectId, v.helpful, v.votedAt))
                .toList();
    }

    @Override
    public List<Hit> search(String query, Match match, String category, int first, int limit) {
        List<SearchByDatabase.Ranked> ranked = search.ranked(em, query, match, category, first, limit);
        if (ranked.isEmpty()) {
            return List.of();
        }
        Map<String, ArticleEntity> byId = new HashMap<>();
        em.createQuery("select a from ArticleEntity a where a.id in :ids", ArticleEntity.class)
                .setParameter("ids", ranked.stream().map(SearchByDatabase.Ranked::id).toList())
                .getResultStream()
                .forEach(a -> byId.put(a.id, a));
        return ranked.stream().filter(r -> byId.containsKey(r.id())).map(r -> {
            Article article = byId.get(r.id()).toDomain();
            return new Hit(article.id(), article.title(), article.category(), article.summary(), article.updatedAt(),
                    r.snippet());
        }).toList();
    }
}
