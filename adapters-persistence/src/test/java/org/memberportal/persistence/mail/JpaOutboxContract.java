package org.memberportal.persistence.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.memberportal.application.mail.EmailSecret;
import org.memberportal.application.mail.OutboxContract;
import org.memberportal.application.mail.OutgoingEmail;
import org.memberportal.persistence.testing.TestDatabase;

/** The outbox's contract on each database the portal runs on, and what only the database holds. */
abstract class JpaOutboxContract extends OutboxContract<JpaOutbox> {

    static final OutboxSecretCipher CIPHER = OutboxSecretCipher.withKey(new byte[32]);

    abstract TestDatabase database();

    @Override
    protected <T> T inTransaction(Function<JpaOutbox, T> work) {
        return database().inTransaction(JpaOutboxContract::repository, work);
    }

    @BeforeEach
    void emptyOutbox() {
        database().inTransaction(em -> em.createQuery("delete from OutboxEmailEntity").executeUpdate());
    }

    @Test
    void aRowClaimedByOneInstanceIsNotClaimedByAnother() {
        String id = outbox(o -> o.queue(email("jane@acme.example"), T0));

        // both instances saw the row due; the first one's conditional update wins
        boolean first = outbox(o -> o.claim(id, T0, T0.plus(CLAIM)));
        boolean second = outbox(o -> o.claim(id, T0, T0.plus(CLAIM)));

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(claimNextDue(T0.plus(CLAIM).minusSeconds(1), T0.plus(CLAIM.multipliedBy(2))))
                .as("claimed until then").isEmpty();
    }

    @Test
    void aLinkTokenIsStoredEncryptedAndAnotherKeyOpensNothing() {
        OutgoingEmail withLink = emailWithLink();
        String id = outbox(o -> o.queue(withLink, T0));

        assertThat(rawColumns(id)).doesNotContain(TOKEN);
        assertThat(database().inTransaction(em -> em.find(OutboxEmailEntity.class, id).toDomain(
                OutboxSecretCipher.withKey(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18,
                        19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32}))).email().secret())
                .as("another key opens nothing").extracting(EmailSecret::isReadable).isEqualTo(false);
    }

    /** Every column of the row as the database holds it, as a backup would. */
    private String rawColumns(String id) {
        return database().inTransaction(em -> java.util.Arrays.deepToString((Object[]) em.createNativeQuery(
                "select text_body, html_body, sealed_secret from outbox where id = ?1").setParameter(1, id)
                .getSingleResult()));
    }

    private static JpaOutbox repository(EntityManager em) {
        JpaOutbox outbox = new JpaOutbox();
        outbox.em = em;
        outbox.cipher = CIPHER;
        return outbox;
    }
}
