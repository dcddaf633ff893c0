package org.memberportal.rest.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.memberportal.application.article.ReadArticlesUseCase.RatedArticle;
import org.memberportal.application.article.WriteArticlesUseCase;
import org.memberportal.application.article.WriteArticlesUseCase.ArticleChange;
import org.memberportal.application.article.WriteArticlesUseCase.NewArticle;
import org.memberportal.domain.article.Article;
import org.memberportal.domain.article.ArticleStatus;
import org.memberportal.rest.EnumParameter;
import org.memberportal.rest.ReadVersion;
import org.memberportal.rest.RequestBody;
import org.memberportal.rest.TextRules;
import org.memberportal.rest.article.ArticleViews.AgentArticleView;
import org.memberportal.rest.paging.Cursor;
import org.memberportal.rest.paging.ListPage;
import org.memberportal.rest.security.CurrentCaller;

/** The agents' knowledge base: write, edit, publish, archive, preview; see the ratings. */
@Path("admin")
@Tag(name = "Admin: articles", description = "Agents: solution articles")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminArticlesResource {

    @Inject
    WriteArticlesUseCase articles;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uri;

    /** {@code {title, category, bodyMarkdown, status}}. */
    public static class NewArticleBody implements RequestBody {
        @NotBlank
        @Size(max = Article.MAX_TITLE_LENGTH)
        @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE)
        public String title;

        @NotBlank
        @Size(max = Article.MAX_CATEGORY_LENGTH)
        @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE)
        public String category;

        @NotBlank
        @Size(max = Article.MAX_BODY_LENGTH)
        @Pattern(regexp = TextRules.TEXT, message = TextRules.TEXT_MESSAGE)
        public String bodyMarkdown;

        @Schema(description = "DRAFT (the default) or PUBLISHED")
        public ArticleStatus status;
    }

    /** Any field of an article, and the version it was read at. */
    public static class ArticleChangeBody implements RequestBody {
        @Size(min = 1, max = Article.MAX_TITLE_LENGTH)
        @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE)
        public String title;

        @Size(min = 1, max = Article.MAX_CATEGORY_LENGTH)
        @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE)
        public String category;

        @Size(min = 1, max = Article.MAX_BODY_LENGTH)
        @Pattern(regexp = TextRules.TEXT, message = TextRules.TEXT_MESSAGE)
        public String bodyMarkdown;

        public ArticleStatus status;

        public Long version;
    }

    /** {@code {markdown}}. */
    public static class PreviewBody implements RequestBody {
        @Size(max = Article.MAX_BODY_LENGTH)
        @Pattern(regexp = TextRules.TEXT, message = TextRules.TEXT_MESSAGE)
        public String markdown;
    }

    /** {@code {html}}. */
    @Schema(name = "PreviewView")
    public record PreviewView(String html) {
    }

    @POST
    @Path("articles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createArticle", summary = "Write an article, a draft or published at once")
    @APIResponse(responseCode = "201", description = "The article",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AgentArticleView")))
    public Response create(@Valid NewArticleBody body) {
        RequestBody.require(body);
        Article article = articles.create(caller.require(),
                new NewArticle(body.title, body.category, body.bodyMarkdown, body.status));
        return Response.created(uri.getAbsolutePathBuilder().path(article.id()).build())
                .entity(AgentArticleView.of(article, null)).tag(ReadVersion.etag(article.version())).build();
    }

    @GET
    @Path("articles")
    @Operation(operationId = "listAllArticles", summary = "Drafts, published and archived articles")
    @APIResponse(responseCode = "200", description = "A page of articles, newest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AgentArticlePage")))
    public ListPage<AgentArticleView> list(@QueryParam("status") String status, @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        return ListPage.of(articles.all(caller.require(), EnumParameter.of(ArticleStatus.class, "status", status),
                Cursor.page(cursor, limit)), a -> AgentArticleView.of(a, null));
    }

    @GET
    @Path("articles/{id}")
    @Operation(operationId = "getAnyArticle", summary = "An article whatever its status, with its Markdown and ratings")
    @APIResponse(responseCode = "200", description = "The article; ETag is the version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AgentArticleView")))
    public Response show(@PathParam("id") String id) {
        RatedArticle rated = articles.find(caller.require(), id);
        return Response.ok(AgentArticleView.of(rated.article(), rated.helpfulness()))
                .tag(ReadVersion.etag(rated.article().version())).build();
    }

    @PATCH
    @Path("articles/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(operationId = "editArticle", summary = "Edit, publish or archive an article")
    @APIResponse(responseCode = "200", description = "The article",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AgentArticleView")))
    @APIResponse(responseCode = "409", description = "stale-version: changed meanwhile")
    public Response edit(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid ArticleChangeBody body) {
        RequestBody.require(body);
        Article article = articles.edit(caller.require(), id,
                new ArticleChange(body.title, body.category, body.bodyMarkdown, body.status),
                ReadVersion.of(body.version, ifMatch));
        return Response.ok(AgentArticleView.of(article, null)).tag(ReadVersion.etag(article.version())).build();
    }

    @POST
    @Path("previews")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "previewMarkdown", summary = "Markdown rendered and sanitized as members would see it")
    @APIResponse(responseCode = "200", description = "The HTML",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PreviewView")))
    public PreviewView preview(@Valid PreviewBody body) {
        RequestBody.require(body);
        return new PreviewView(articles.preview(caller.require(), body.markdown));
    }
}
