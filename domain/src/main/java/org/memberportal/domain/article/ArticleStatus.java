package org.memberportal.domain.article;

/** Only a published article is shown to members; a draft is not yet, an archived one no longer. */
public enum ArticleStatus {
    DRAFT, PUBLISHED, ARCHIVED
}
