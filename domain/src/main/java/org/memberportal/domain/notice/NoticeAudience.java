package org.memberportal.domain.notice;

/**
 * Who an update notice is for, among the people subscribed to update notices: everyone, or only
 * those whose company holds a license for the notice's product (any license, expired or not:
 * they have the software installed; docs/rules.md, decided).
 */
public enum NoticeAudience {
    ALL,
    LICENSED
}
