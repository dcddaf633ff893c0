package org.memberportal.application.article;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.access.Authorization;
import org.memberportal.application.audit.AuditEvent;
import org.memberportal.application.audit.AuditTrail;
import org.memberportal.application.markdown.MarkdownRenderer;
import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.application.refusal.Inputs;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.domain.Texts;
import org.memberportal.domain.article.Article;
import org.memberportal.domain.article.ArticleStatus;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.identity.Reader;

/**
 * The knowledge base: agents write articles, every active member reads the published ones, searches
 * them and says whether one helped. Who is a reader (an active membership, any company) the caller's
 * session decided already.
 */
@ApplicationScoped
@Transactional
public class KnowledgeBase implements ReadArticlesUseCase, WriteArticlesUseCase {

    /** Suggestions for a ticket's subject: a few, as it is typed. */
    static final int SUGGESTIONS = 5;
    /** The longest query taken: a search box's worth. */
    static final int MAX_QUERY_LENGTH = 200;

    private final Articles articles;
    private final ArticleSearch search;
    private final MarkdownRenderer renderer;
    private final AuditTrail audit;
    private final Clock clock;

    protected KnowledgeBase() {
        this(null, null, null, null, null); // for the CDI proxy
    }

    @Inject
    public KnowledgeBase(Articles articles, ArticleSearch search, MarkdownRenderer renderer, AuditTrail audit,
            Clock clock) {
        this.articles = articles;
        this.search = search;
        this.renderer = renderer;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Article> list(Reader reader, String category, PageRequest page) {
        return articles.page(ArticleStatus.PUBLISHED, blankAsNull(category), page);
    }

    /** Ranked hits are paged by position: the page key is the number of hits before it. */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ArticleSearch.Hit> search(Reader reader, String query, String category, PageRequest page) {
        String words = Inputs.checked(() -> Texts.requireOneLine("the query", query, MAX_QUERY_LENGTH));
        int first = Inputs.checked(page::position);
        List<ArticleSearch.Hit> hits = search.search(words, ArticleSearch.Match.QUERY, blankAsNull(category), first,
                page.limit() + 1);
        List<ArticleSearch.Hit> shown = hits.stream().limit(page.limit()).map(KnowledgeBase::marked).toList();
        return new Page<>(shown, hits.size() > page.limit() ? page.nextPosition() : null);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ArticleSearch.Hit> suggestions(Reader reader, String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String words = Inputs.checked(() -> Texts.requireOneLine("the text", text, MAX_QUERY_LENGTH));
        return search.search(words, ArticleSearch.Match.ANY_WORD, null, 0, SUGGESTIONS).stream()
                .map(KnowledgeBase::marked).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public RatedArticle show(Reader reader, String id) {
        Article article = published(id);
        return new RatedArticle(article, articles.helpfulness(article.id()));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> categories(Reader reader) {
        return articles.publishedCategories();
    }

    @Override
    public void vote(Reader reader, String id, boolean helpful) {
        if (!(reader instanceof Reader.Person person)) {
            throw Refusal.notPermitted("Members rate articles; agents see the ratings under /admin/articles.");
        }
        articles.vote(published(id).id(), person.accountId(), helpful);
    }

    @Override
    public Article create(Caller caller, NewArticle command) {
        Authorization.requireAgent(caller);
        Article article = Inputs.checked(() -> Article.write(command.title(), command.category(),
                renderer.render(Texts.require("the body", command.bodyMarkdown(), Article.MAX_BODY_LENGTH)),
                command.status(), clock.instant()));
        Article added = articles.add(article);
        record(caller, added.isPublished() ? "ARTICLE_PUBLISHED" : "ARTICLE_DRAFTED", added);
        return added;
    }

    @Override
    public Article edit(Caller caller, String id, ArticleChange change, long version) {
        Authorization.requireAgent(caller);
        Article article = articles.find(id).orElseThrow(() -> Refusal.notFound("the article")).readAt(version);
        ArticleStatus before = article.status();
        Inputs.checked(() -> {
            article.edit(new Article.Edit(change.title(), change.category(),
                    change.bodyMarkdown() == null ? null
                            : renderer.render(Texts.require("the body", change.bodyMarkdown(), Article.MAX_BODY_LENGTH)),
                    change.status()), clock.instant());
            return article;
        });
        Article saved = articles.update(article);
        record(caller, editedAction(before, saved.status()), saved);
        return saved;
    }

    /** What members see changes with the status: that change names the event, else it is an edit. */
    private static String editedAction(ArticleStatus before, ArticleStatus after) {
        if (before == after) {
            return "ARTICLE_EDITED";
        }
        return switch (after) {
            case PUBLISHED -> "ARTICLE_PUBLISHED";
            case ARCHIVED -> "ARTICLE_ARCHIVED";
            case DRAFT -> "ARTICLE_UNPUBLISHED";
        };
    }

    /** Articles belong to no company: their events are in the trail of all companies. */
    private void record(Caller caller, String action, Article article) {
        audit.record(AuditEvent.of(caller, action, null, article.id(), article.title(), clock.instant()));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Article> all(Caller caller, ArticleStatus status, PageRequest page) {
        Authorization.requireAgent(caller);
        return articles.page(status, null, page);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public RatedArticle find(Caller caller, String id) {
        Authorization.requireAgent(caller);
        Article article = articles.find(id).orElseThrow(() -> Refusal.notFound("the article"));
        return new RatedArticle(article, articles.helpfulness(id));
    }

    @Override
    public String preview(Caller caller, String markdown) {
        Authorization.requireAgent(caller);
        return renderer.render(markdown == null ? "" : markdown).html();
    }

    /** A published article; a draft or an archived one is not found, as if it did not exist. */
    private Article published(String id) {
        return articles.find(id).filter(Article::isPublished).orElseThrow(() -> Refusal.notFound("the article"));
    }

    private static ArticleSearch.Hit marked(ArticleSearch.Hit hit) {
        return new ArticleSearch.Hit(hit.id(), hit.title(), hit.category(), hit.summary(), hit.updatedAt(),
                Snippets.marked(hit.snippet()));
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
