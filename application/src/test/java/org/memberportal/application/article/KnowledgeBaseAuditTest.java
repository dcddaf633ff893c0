package org.memberportal.application.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.memberportal.application.article.WriteArticlesUseCase.ArticleChange;
import org.memberportal.application.article.WriteArticlesUseCase.NewArticle;
import org.memberportal.application.testing.KeptById;
import org.memberportal.application.testing.ServicesWorld;
import org.memberportal.domain.article.Article;
import org.memberportal.domain.article.ArticleStatus;
import org.memberportal.domain.markdown.RenderedMarkdown;

/** What members see of an article changes with its status: the trail names that change, or an edit. */
class KnowledgeBaseAuditTest {

    private final ServicesWorld world = new ServicesWorld();
    private final Map<String, Object> kept = new HashMap<>();
    private final KnowledgeBase knowledgeBase = new KnowledgeBase(
            KeptById.port(Articles.class, kept, a -> ((Article) a).id()), null,
            markdown -> new RenderedMarkdown(markdown, "<p>" + markdown + "</p>", markdown), world.audit, world.clock);

    @Test
    void writingPublishingEditingArchivingAndUnpublishingAreEachAudited() {
        Article draft = knowledgeBase.create(world.agent, new NewArticle("Toner", "Printing", "Shake it.",
                ArticleStatus.DRAFT));
        Article published = knowledgeBase.create(world.agent, new NewArticle("Paper", "Printing", "Fan it.",
                ArticleStatus.PUBLISHED));
        String id = draft.id();

        knowledgeBase.edit(world.agent, id, new ArticleChange(null, null, null, ArticleStatus.PUBLISHED), 0);
        knowledgeBase.edit(world.agent, id, new ArticleChange("Toner, again", null, null, null), 0);
        knowledgeBase.edit(world.agent, id, new ArticleChange(null, null, null, ArticleStatus.ARCHIVED), 0);
        knowledgeBase.edit(world.agent, id, new ArticleChange(null, null, null, ArticleStatus.DRAFT), 0);

        assertThat(world.audit.actions()).containsExactly("ARTICLE_DRAFTED", "ARTICLE_PUBLISHED", "ARTICLE_PUBLISHED",
                "ARTICLE_EDITED", "ARTICLE_ARCHIVED", "ARTICLE_UNPUBLISHED");
        assertThat(world.audit.events.get(1).subject()).isEqualTo(published.id());
        assertThat(world.audit.events.get(3).details()).isEqualTo("Toner, again");
    }
}
