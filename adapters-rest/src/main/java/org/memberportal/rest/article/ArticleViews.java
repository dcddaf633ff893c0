package org.memberportal.rest.article;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.memberportal.application.article.ArticleSearch;
import org.memberportal.application.article.ReadArticlesUseCase.RatedArticle;
import org.memberportal.domain.article.Article;
import org.memberportal.domain.article.Helpfulness;

/** The shapes of articles in the API. */
public final class ArticleViews {

    private ArticleViews() {
    }

    @Schema(name = "ArticleSummary", description = "snippet only in search results: text in which only <mark> elements mark the matched words")
    public record Summary(String id, String title, String summary, String category, Instant updatedAt, String snippet) {

        static Summary of(Article article) {
            return new Summary(article.id(), article.title(), article.summary(), article.category(),
                    article.updatedAt(), null);
        }

        static Summary of(ArticleSearch.Hit hit) {
            return new Summary(hit.id(), hit.title(), hit.summary(), hit.category(), hit.updatedAt(), hit.snippet());
        }
    }

    @Schema(name = "HelpfulView")
    public record HelpfulView(long yes, long no) {
        static HelpfulView of(Helpfulness helpfulness) {
            return new HelpfulView(helpfulness.yes(), helpfulness.no());
        }
    }

    @Schema(name = "ArticleView", description = "bodyHtml is the Markdown rendered and sanitized")
    public record ArticleView(String id, String title, String category, String bodyHtml, Instant updatedAt,
            HelpfulView helpful) {
        static ArticleView of(RatedArticle rated) {
            Article a = rated.article();
            return new ArticleView(a.id(), a.title(), a.category(), a.body().html(), a.updatedAt(),
                    HelpfulView.of(rated.helpfulness()));
        }
    }

    @Schema(name = "AgentArticleView", description = "An article as agents see it, whatever its status")
    public record AgentArticleView(String id, String title, String category, String status, String bodyMarkdown,
            String bodyHtml, Instant createdAt, Instant updatedAt, long version, HelpfulView helpful) {
        static AgentArticleView of(Article a, Helpfulness helpfulness) {
            return new AgentArticleView(a.id(), a.title(), a.category(), a.status().name(), a.body().markdown(),
                    a.body().html(), a.createdAt(), a.updatedAt(), a.version(),
                    helpfulness == null ? null : HelpfulView.of(helpfulness));
        }
    }
}
