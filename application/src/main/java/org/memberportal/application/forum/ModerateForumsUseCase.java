package org.memberportal.application.forum;

import org.memberportal.application.paging.Page;
import org.memberportal.application.paging.PageRequest;
import org.memberportal.domain.forum.Forum;
import org.memberportal.domain.forum.Post;
import org.memberportal.domain.forum.PostReport;
import org.memberportal.domain.forum.Topic;
import org.memberportal.domain.identity.Caller;

/** The agents' side of the forums. */
public interface ModerateForumsUseCase {

    Forum create(Caller caller, String name, String description);

    /** Pins or locks a topic; null leaves a flag as it is. */
    Topic moderate(Caller caller, String topicId, Boolean pinned, Boolean locked);

    /** A hidden post is gone for members; agents still see it. */
    Post hide(Caller caller, String postId, boolean hidden);

    /** Reports, newest first, each with its post; {@code open} null for all. */
    Page<ReportedPost> reports(Caller caller, Boolean open, PageRequest page);

    PostReport close(Caller caller, String reportId, boolean closed);

    record ReportedPost(PostReport report, Post post) {
    }
}
