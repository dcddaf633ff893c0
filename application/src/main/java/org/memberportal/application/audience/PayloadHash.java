package org.memberportal.application.audience;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;


/**
 * SHA-256 (hex) of everything a member state sends: address (case-blind), status, merge fields and
 * mailings. Two states with one hash write the same member. The mailings of an unsubscribed member
 * are left out: they reach nobody, and Mailchimp keeps a member's groups through an unsubscribe
 * link, so an unsubscribed member seen there matches the portal's unsubscribed state.
 */
public final class PayloadHash {

    private PayloadHash() {
    }

    public static String of(MemberState state) {
        StringBuilder text = new StringBuilder();
        field(text, state.email().key());
        field(text, state.status().name());
        MergeFields fields = state.mergeFields();
        field(text, fields.firstName());
        field(text, fields.lastName());
        field(text, fields.company());
        field(text, fields.level());
        if (state.status() != AudienceStatus.UNSUBSCRIBED) {
            for (Mailing mailing : Mailing.values()) {
                field(text, mailing.name() + "=" + state.isOptedInto(mailing));
            }
        }
        return HexFormat.of().formatHex(sha256().digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** Length-prefixed, so no two different field lists give one text. */
    private static void field(StringBuilder text, String value) {
        text.append(value.length()).append(':').append(value).append(';');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
