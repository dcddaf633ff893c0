package org.memberportal.domain.notice;

import org.memberportal.domain.Texts;

/**
 * What an agent writes: the product and its version, the subject line, the text in Markdown, the
 * update document it points to (optional) and the audience.
 */
public record NoticeDraft(String product, String productVersion, String subject, String bodyMarkdown,
        String documentId, NoticeAudience audience) {

    public static final int MAX_PRODUCT_LENGTH = 200;
    public static final int MAX_VERSION_LENGTH = 50;
    /** Mailchimp's limit of a subject line. */
    public static final int MAX_SUBJECT_LENGTH = 150;
    public static final int MAX_BODY_LENGTH = 50_000;

    public NoticeDraft {
        product = Texts.requireOneLine("the product", product, MAX_PRODUCT_LENGTH);
        productVersion = Texts.requireOneLine("the version", productVersion, MAX_VERSION_LENGTH);
        subject = Texts.requireOneLine("the subject", subject, MAX_SUBJECT_LENGTH);
        bodyMarkdown = Texts.require("the text", bodyMarkdown, MAX_BODY_LENGTH);
        documentId = documentId == null || documentId.isBlank() ? null : documentId.strip();
        audience = Texts.present(audience, "say the audience: ALL or LICENSED");
    }
}
