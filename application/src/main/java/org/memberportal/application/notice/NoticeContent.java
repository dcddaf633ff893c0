package org.memberportal.application.notice;

import java.util.Objects;

/** A notice's campaign content: sanitized HTML and its plain text, both ending with the unsubscribe footer. */
public record NoticeContent(String html, String plainText) {

    /** Mailchimp's merge tag of the unsubscribe link: custom HTML without it is refused. */
    public static final String UNSUBSCRIBE_TAG = "*|UNSUB|*";

    public NoticeContent {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(plainText, "plain text");
        if (!html.contains(UNSUBSCRIBE_TAG) || !plainText.contains(UNSUBSCRIBE_TAG)) {
            throw new IllegalArgumentException("a campaign's content must hold " + UNSUBSCRIBE_TAG);
        }
    }
}
