package org.memberportal.mailchimp;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.memberportal.application.audience.AudienceGroups;
import org.memberportal.application.audience.AudienceStatus;
import org.memberportal.application.audience.Mailing;
import org.memberportal.application.audience.MemberState;
import org.memberportal.application.audience.MergeFields;
import org.memberportal.application.audience.RemoteMember;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.notice.ProductTags;
import org.memberportal.mailchimp.api.Member;
import org.memberportal.mailchimp.api.MemberBody;

/** Between the portal's member states and Mailchimp's member JSON. */
final class MemberMapping {

    static final String FIRST_NAME = "FNAME";
    static final String LAST_NAME = "LNAME";
    static final String COMPANY = "COMPANY";
    static final String LEVEL = "LEVEL";
    static final String PRODUCTS = ProductTags.MERGE_FIELD;

    private MemberMapping() {
    }

    /** One entry of a batch subscribe, which reads {@code status} alone. */
    static MemberBody forBatch(AudienceGroups groups, MemberState state) {
        return new MemberBody(state.email().value(), null, wire(state.status()), mergeFields(state.mergeFields()),
                interests(groups, state));
    }

    static RemoteMember toRemote(AudienceGroups groups, Member member) {
        Set<Mailing> mailings = EnumSet.noneOf(Mailing.class);
        member.interests().forEach((interestId, optedIn) -> {
            if (Boolean.TRUE.equals(optedIn)) {
                groups.mailingOf(interestId).ifPresent(mailings::add);
            }
        });
        Map<String, Object> fields = member.mergeFields();
        MergeFields mergeFields = new MergeFields(
                SpreadsheetSafeText.incoming(text(fields.get(FIRST_NAME))),
                SpreadsheetSafeText.incoming(text(fields.get(LAST_NAME))),
                SpreadsheetSafeText.incoming(text(fields.get(COMPANY))), text(fields.get(LEVEL)),
                text(fields.get(PRODUCTS)));
        return new RemoteMember(EmailAddress.of(member.emailAddress()), statusOf(member.status()), mergeFields,
                mailings, MailchimpTime.parse(member.lastChanged()));
    }

    static String wire(AudienceStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    static AudienceStatus statusOf(String wire) {
        return AudienceStatus.valueOf(wire.toUpperCase(Locale.ROOT));
    }

    private static Map<String, String> mergeFields(MergeFields fields) {
        Map<String, String> wire = new LinkedHashMap<>();
        wire.put(FIRST_NAME, SpreadsheetSafeText.outgoing(fields.firstName()));
        wire.put(LAST_NAME, SpreadsheetSafeText.outgoing(fields.lastName()));
        wire.put(COMPANY, SpreadsheetSafeText.outgoing(fields.company()));
        wire.put(LEVEL, fields.level());
        wire.put(PRODUCTS, fields.products());
        return wire;
    }

    private static Map<String, Boolean> interests(AudienceGroups groups, MemberState state) {
        Map<String, Boolean> wire = new LinkedHashMap<>();
        for (Mailing mailing : Mailing.values()) {
            wire.put(groups.interestId(mailing), state.isOptedInto(mailing));
        }
        return wire;
    }

    private static String text(Object value) {
        return value instanceof String string ? string : "";
    }
}
