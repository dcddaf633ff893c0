package org.memberportal.application.forum;

import java.util.List;

import org.memberportal.domain.account.AccountId;

/** Who follows which topic: each is e-mailed about the topic's new posts. */
public interface Followers {

    /** Follows the topic; nothing changes when the person follows it already. */
    void follow(String topicId, AccountId person);

    void unfollow(String topicId, AccountId person);

    boolean follows(String topicId, AccountId person);

    List<AccountId> of(String topicId);

    /** The topics a person follows, for the export of their data. */
    List<String> topicsFollowedBy(AccountId person);
}
