package org.memberportal.application.notice;

import org.memberportal.domain.notice.NoticeDraft;

/** Renders a notice's Markdown to sanitized HTML and plain text, with the unsubscribe footer. */
public interface NoticeRendering {

    NoticeContent render(NoticeDraft draft);
}
