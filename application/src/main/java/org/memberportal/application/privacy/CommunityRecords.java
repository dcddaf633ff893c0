package org.memberportal.application.privacy;

import java.util.List;

import org.memberportal.application.article.Articles;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.forum.Post;
import org.memberportal.domain.forum.PostReport;

/** What a person left in the knowledge base and the forums, which belong to no company. */
public interface CommunityRecords {

    Community of(AccountId person);

    /** Their posts (hidden ones too), votes on articles, followed topics and reports of posts. */
    record Community(List<Post> posts, List<Articles.Vote> votes, List<String> followedTopics,
            List<PostReport> reports) {

        public static final Community NONE = new Community(List.of(), List.of(), List.of(), List.of());

        public Community {
            posts = List.copyOf(posts);
            votes = List.copyOf(votes);
            followedTopics = List.copyOf(followedTopics);
            reports = List.copyOf(reports);
        }
    }
}
