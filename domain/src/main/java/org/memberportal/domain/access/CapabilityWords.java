package org.memberportal.domain.access;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What each capability of the {@link CapabilityMatrix} means, in the words of the vendor's page, for
 * the member's profile. Beside the matrix so that a changed or new row is worded in the same place;
 * the test makes every capability need its words.
 */
public final class CapabilityWords {

    /** One thing the level allows, and how a member reads it. */
    public record Allowed(Capability capability, String text) {
    }

    private static final Map<Capability, String> WORDS = new EnumMap<>(Capability.class);

    static {
        WORDS.put(Capability.PORTAL_ACCESS, "Read the solution articles and forums, and the installation and update"
                + " documents.");
        WORDS.put(Capability.CREATE_TICKETS, "Open support tickets.");
        WORDS.put(Capability.REQUEST_STAFF_ACCOUNTS, "Ask for portal accounts for new staff and set their level");
        WORDS.put(Capability.MANAGE_STAFF_ACCOUNTS, "Change the level of your company's staff accounts and deactivate"
                + " them");
        WORDS.put(Capability.SEE_COMPANY_TICKETS, "See all tickets of your company's staff.");
        WORDS.put(Capability.REPLY_TO_COMPANY_TICKETS, "Reply to all tickets of your company's staff.");
        WORDS.put(Capability.RECEIVE_NEWSLETTER, "Receive the newsletter with training hints and tips.");
        WORDS.put(Capability.RECEIVE_UPDATE_NOTICES, "Receive notices of available software updates.");
        WORDS.put(Capability.BOOK_LIVE_SESSIONS, "Schedule live sessions and call returns, with your coupon codes.");
        WORDS.put(Capability.ORDER_PAID_SERVICES, "Order paid support services such as custom development.");
        WORDS.put(Capability.SEE_LICENSE_INFORMATION_LIMITED, "See your company's licenses: product, license type,"
                + " quantity and expiry.");
        WORDS.put(Capability.SEE_LICENSE_INFORMATION_FULL, "See your company's full license information: maintenance"
                + " status and order history too.");
        WORDS.put(Capability.ORDER_LICENSES, "Order additional computer or concurrent-connection licenses.");
        WORDS.put(Capability.REQUEST_DOWNLOAD_LINKS, "Ask for software download links; you see a link once support"
                + " grants it.");
        WORDS.put(Capability.SEE_ALL_DOWNLOAD_LINKS, "See every software download link of your company without"
                + " asking.");
        WORDS.put(Capability.SEE_LICENSE_KEYS, "Receive license keys and activation codes.");
    }

    private CapabilityWords() {
    }

    /** The words for one capability as this level holds it (the staff rows say up to which level). */
    public static String of(Capability capability, PermissionLevel level) {
        String words = WORDS.get(capability);
        if (words == null) {
            throw new IllegalStateException("no words for " + capability);
        }
        if (capability == Capability.REQUEST_STAFF_ACCOUNTS || capability == Capability.MANAGE_STAFF_ACCOUNTS) {
            return words + CapabilityMatrix.highestLevelGrantableBy(level)
                    .map(highest -> highest == PermissionLevel.PRIMARY_OWNER ? ", any level."
                            : ", up to " + levelWords(highest) + ".")
                    .orElse(".");
        }
        return words;
    }

    public static String levelWords(PermissionLevel level) {
        return switch (level) {
            case BASIC -> "Basic";
            case SALES_DESIGNER -> "Sales/Designer";
            case IT_TECH_SUPPORT -> "IT/Tech support";
            case MANAGER_SUPERVISOR -> "Manager/Supervisor";
            case PRIMARY_OWNER -> "Primary/Owner";
        };
    }

    /** Everything the level allows, in the matrix's row order. */
    public static List<Allowed> allowedFor(PermissionLevel level) {
        List<Allowed> allowed = new ArrayList<>();
        for (Capability capability : Capability.values()) {
            if (CapabilityMatrix.grants(level, capability)) {
                allowed.add(new Allowed(capability, of(capability, level)));
            }
        }
        return allowed;
    }
}
