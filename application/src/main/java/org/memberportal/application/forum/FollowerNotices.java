package org.memberportal.application.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.memberportal.application.account.Accounts;
import org.memberportal.application.mail.MemberNotices;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.forum.PostAuthor;

/**
 * Each new post e-mailed to the topic's followers, through the outbox in the post's transaction (a
 * refused post e-mails nobody), with a link to the topic's page; never to the one who wrote it.
 * The e-mail names the author as the forums do, and carries no post text: the page shows it.
 */
@ApplicationScoped
public class FollowerNotices {

    private final Followers followers;
    private final Accounts accounts;
    private final MemberNotices notices;

    protected FollowerNotices() {
        this(null, null, null); // for the CDI proxy
    }

    @Inject
    public FollowerNotices(Followers followers, Accounts accounts, MemberNotices notices) {
        this.followers = followers;
        this.accounts = accounts;
        this.notices = notices;
    }

    void tell(@Observes PostWritten written) {
        PostAuthor author = written.post().author();
        for (AccountId follower : followers.of(written.topic().id())) {
            if (author.kind() == PostAuthor.Kind.MEMBER && author.id().equals(follower.value())) {
                continue;
            }
            accounts.find(follower).ifPresent(to -> notices.sendAbout("forums/topics/" + written.topic().id(), to,
                    "FORUM_POST", "New post in " + written.topic().title(),
                    author.displayName() + " wrote in the topic \"" + written.topic().title() + "\", which you follow.",
                    "To stop these e-mails, choose Unfollow on the topic's page."));
        }
    }
}
