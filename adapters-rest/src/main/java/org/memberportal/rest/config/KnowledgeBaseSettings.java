package org.memberportal.rest.config;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.memberportal.application.article.SearchSettings;
import org.memberportal.application.forum.PostingPolicy;

/**
 * The knowledge base's and the forums' settings: the language articles are searched in
 * (PORTAL_SEARCH_CONFIGURATION, a PostgreSQL text search configuration) and how many posts a person
 * may write within a window (PORTAL_FORUMS_POSTS_PER_WINDOW, PORTAL_FORUMS_POST_WINDOW).
 */
@ApplicationScoped
public class KnowledgeBaseSettings {

    @Inject
    @ConfigProperty(name = "portal.search.configuration")
    String searchConfiguration;

    @Inject
    @ConfigProperty(name = "portal.forums.posts-per-window")
    int postsPerWindow;

    @Inject
    @ConfigProperty(name = "portal.forums.post-window")
    Duration postWindow;

    @Produces
    SearchSettings searchSettings() {
        return new SearchSettings(searchConfiguration);
    }

    @Produces
    PostingPolicy postingPolicy() {
        return new PostingPolicy(postsPerWindow, postWindow);
    }
}
