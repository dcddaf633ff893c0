package org.memberportal.rest.article;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.memberportal.application.article.ReadArticlesUseCase;
import org.memberportal.rest.RequestBody;
import org.memberportal.rest.article.ArticleViews.ArticleView;
import org.memberportal.rest.article.ArticleViews.Summary;
import org.memberportal.rest.paging.Cursor;
import org.memberportal.rest.paging.ListPage;
import org.memberportal.rest.security.CurrentCaller;

/** The knowledge base as every active member reads it: no company needs to be named. */
@Path("articles")
@Tag(name = "Knowledge base", description = "Published solution articles, their search and their ratings")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ArticlesResource {

    @Inject
    ReadArticlesUseCase articles;

    @Inject
    CurrentCaller caller;

    /** {@code {helpful}}. */
    public static class Feedback implements RequestBody {
        @NotNull
        @Schema(required = true)
        public Boolean helpful;
    }

    @GET
    @Operation(operationId = "listArticles", summary = "Published articles; with q, the ones that match, best first")
    @APIResponse(responseCode = "200", description = "A page of articles; with q each has its snippet",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ArticleSummaryPage")))
    public ListPage<Summary> list(@QueryParam("q") String q, @QueryParam("category") String category,
            @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        if (q != null && !q.isBlank()) {
            return ListPage.of(articles.search(caller.reader(), q, category, Cursor.page(cursor, limit)), Summary::of);
        }
        return ListPage.of(articles.list(caller.reader(), category, Cursor.page(cursor, limit)), Summary::of);
    }

    @GET
    @Path("suggestions")
    @Operation(operationId = "suggestArticles", summary = "Up to five articles for a ticket's subject as it is typed")
    @APIResponse(responseCode = "200", description = "The articles, best first, each with its snippet",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ArticleSummary")))
    public List<Summary> suggestions(@QueryParam("text") String text) {
        return articles.suggestions(caller.reader(), text).stream().map(Summary::of).toList();
    }

    @GET
    @Path("categories")
    @Operation(operationId = "articleCategories", summary = "The categories of published articles")
    @APIResponse(responseCode = "200", description = "Category names, alphabetically")
    public List<String> categories() {
        return articles.categories(caller.reader());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getArticle", summary = "A published article")
    @APIResponse(responseCode = "200", description = "The article, its body rendered and sanitized",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ArticleView")))
    @APIResponse(responseCode = "404", description = "No such article, or a draft or archived one")
    public ArticleView show(@PathParam("id") String id) {
        return ArticleView.of(articles.show(caller.reader(), id));
    }

    @POST
    @Path("{id}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rateArticle", summary = "Whether the article helped: one vote per person, a new one replaces it")
    @APIResponse(responseCode = "204", description = "Counted")
    @APIResponse(responseCode = "404", description = "No such published article")
    public Response feedback(@PathParam("id") String id, @Valid Feedback body) {
        RequestBody.require(body);
        articles.vote(caller.reader(), id, body.helpful);
        return Response.noContent().build();
    }
}
