package org.memberportal.application.forum;

import org.memberportal.domain.forum.Post;
import org.memberportal.domain.forum.Topic;

/** A new post in a topic (its first included), told to whoever reacts: the followers' e-mails. */
public record PostWritten(Topic topic, Post post) {
}
