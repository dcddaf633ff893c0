package org.memberportal.persistence.privacy;

import static org.memberportal.persistence.database.BulkStatements.rowsChanged;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import org.memberportal.application.privacy.PersonalData;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.forum.ForumName;
import org.memberportal.domain.identity.SecondFactor;

/**
 * A person's erasure, table by table, in the caller's transaction: SQL the same on PostgreSQL and
 * H2 (the shared cache is off, so statements past JPA leave nothing stale behind). Free texts are
 * searched for the address as stored and lower-cased, the forms the portal writes it in.
 */
@ApplicationScoped
public class JpaPersonalData implements PersonalData {

    /** What an address becomes inside a text that is kept. */
    static final String ERASED_TEXT = "[erased]";

    /** Text columns people or the portal write addresses and names into, which are kept. */
    private static final List<String> FREE_TEXTS = List.of(
            "outbox.subject", "outbox.recipient_name", "outbox.text_body", "outbox.html_body", "outbox.last_error",
            "audit_events.subject", "audit_events.details",
            "account_requests.rejection_reason",
            "consent_changes.note",
            "audience_sync_state.last_error",
            "tickets.subject", "tickets.description", "ticket_replies.body", "ticket_notes.body",
            "orders.description",
            "forum_topics.title", "forum_posts.body_markdown", "forum_posts.body_html", "forum_post_reports.reason");

    /**
     * Texts the portal itself writes names into (greetings, audit details): only there is the
     * person's name replaced, a short name would otherwise mangle every text it is part of.
     */
    private static final List<String> PORTAL_TEXTS = List.of(
            "outbox.subject", "outbox.recipient_name", "outbox.text_body", "outbox.html_body", "audit_events.details");

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public void erase(Erasure erasure) {
        String account = erasure.account().value();
        String anonymous = erasure.anonymousEmail().value();
        Set<String> keys = new LinkedHashSet<>();
        keys.add(erasure.email().key());
        if (erasure.audienceEmail() != null) {
            keys.add(erasure.audienceEmail().key());
        }

        // the account stays, so that its history (orders, tickets, consent rows) still adds up
        update("UPDATE accounts SET full_name = ?1, email = ?2, email_key = ?3,"
                + " password_hash = NULL, version = version + 1 WHERE id = ?4",
                erasure.anonymousName(), anonymous, erasure.anonymousEmail().key(), account);
        // the person leaves every company they worked for
        update("UPDATE memberships SET status = 'DEACTIVATED', version = version + 1 WHERE account_id = ?1", account);
        update("DELETE FROM sessions WHERE account_id = ?1", account);
        update("DELETE FROM account_tokens WHERE account_id = ?1", account);
        // a second factor's secret and recovery codes are the person's: they go with them
        update("DELETE FROM second_factors WHERE holder = ?1", SecondFactor.holderOf(erasure.account()));
        update("DELETE FROM audience_sync_state WHERE account_id = ?1", account);
        update("UPDATE consent_changes SET note = NULL WHERE account_id = ?1", account);
        update("UPDATE tickets SET author_name = ?1 WHERE author_id = ?2", erasure.anonymousName(), account);
        update("UPDATE ticket_replies SET author_name = ?1 WHERE author_kind = 'MEMBER' AND author_id = ?2",
                erasure.anonymousName(), account);
        // the forums show the erased name as they show any ("Erased P."); their posts stay, so that
        // threads still read, and their votes stay counted; nothing e-mails them about topics any more
        String forumName = ForumName.ofMember(erasure.anonymousName());
        update("UPDATE forum_topics SET author_name = ?1 WHERE author_kind = 'MEMBER' AND author_id = ?2",
                forumName, account);
        update("UPDATE forum_posts SET author_name = ?1 WHERE author_kind = 'MEMBER' AND author_id = ?2",
                forumName, account);
        update("UPDATE forum_post_reports SET reporter_name = ?1 WHERE reporter_kind = 'MEMBER' AND reporter_id = ?2",
                forumName, account);
        update("DELETE FROM forum_follows WHERE account_id = ?1", account);
        update("DELETE FROM login_throttles WHERE attempt_key = ?1", "forum-post:MEMBER:" + account);
        // the files the person attached are theirs (screenshots, logs): they go, their bytes first
        update("DELETE FROM ticket_attachment_chunks WHERE attachment_id IN"
                + " (SELECT id FROM ticket_attachments WHERE uploader_kind = 'MEMBER' AND uploader_id = ?1)", account);
        update("DELETE FROM ticket_attachments WHERE uploader_kind = 'MEMBER' AND uploader_id = ?1", account);
        for (String key : keys) {
            update("UPDATE account_requests SET full_name = ?1, email = ?2, email_key = ?3"
                    + " WHERE email_key = ?4 OR account_id = ?5",
                    erasure.anonymousName(), anonymous, erasure.anonymousEmail().key(), key, account);
            // e-mails to the person are not theirs to receive any more, sent or not
            update("DELETE FROM outbox WHERE LOWER(recipient) = ?1", key);
            update("DELETE FROM login_throttles WHERE attempt_key = ?1 OR attempt_key = ?2 OR attempt_key LIKE ?3",
                    "account:" + key, "reset:" + key, "account:" + key + "|%");
            update("UPDATE audience_sync_state SET audience_email = NULL, audience_email_key = NULL"
                    + " WHERE audience_email_key = ?1", key);
        }
        for (String address : addressForms(erasure)) {
            for (String column : FREE_TEXTS) {
                replace(column, address);
            }
        }
        for (String column : PORTAL_TEXTS) {
            replace(column, erasure.fullName());
        }
    }

    /** Each address as stored and lower-cased, longest first, so that no part of a longer one is left. */
    private static List<String> addressForms(Erasure erasure) {
        Set<String> forms = new LinkedHashSet<>();
        for (EmailAddress email : erasure.audienceEmail() == null ? List.of(erasure.email())
                : List.of(erasure.email(), erasure.audienceEmail())) {
            forms.add(email.value());
            forms.add(email.key());
        }
        List<String> ordered = new ArrayList<>(forms);
        ordered.sort((a, b) -> b.length() - a.length());
        return ordered;
    }

    private void replace(String tableAndColumn, String text) {
        String table = tableAndColumn.substring(0, tableAndColumn.indexOf('.'));
        String column = tableAndColumn.substring(table.length() + 1);
        // the column names come from the list above, never from a request
        update("UPDATE " + table + " SET " + column + " = REPLACE(" + column + ", ?1, ?2)"
                + " WHERE " + column + " LIKE ?3", text, ERASED_TEXT, "%" + escapeLike(text) + "%");
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private void update(String sql, Object... parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        rowsChanged(query);
    }
}
