package org.memberportal.application.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.memberportal.application.article.Articles;
import org.memberportal.application.forum.Followers;
import org.memberportal.application.forum.PostReports;
import org.memberportal.application.forum.Posts;
import org.memberportal.domain.account.AccountId;

/** The person's community records as stored. */
@ApplicationScoped
public class StoredCommunityRecords implements CommunityRecords {

    private final Posts posts;
    private final Articles articles;
    private final Followers followers;
    private final PostReports reports;

    protected StoredCommunityRecords() {
        this(null, null, null, null); // for the CDI proxy
    }

    @Inject
    public StoredCommunityRecords(Posts posts, Articles articles, Followers followers, PostReports reports) {
        this.posts = posts;
        this.articles = articles;
        this.followers = followers;
        this.reports = reports;
    }

    @Override
    public Community of(AccountId person) {
        return new Community(posts.postsBy(person.value()), articles.votesOf(person),
                followers.topicsFollowedBy(person), reports.reportsBy(person.value()));
    }
}
