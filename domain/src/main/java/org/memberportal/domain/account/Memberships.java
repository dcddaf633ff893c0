package org.memberportal.domain.account;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.memberportal.domain.company.CompanyId;

/**
 * One person's memberships, one per company they work for: which one a request acts for, and
 * which one stands for the person where no company is in question (logging in, a reset link).
 */
public final class Memberships {

    /** Active before pending before deactivated; the oldest first among equals. */
    private static final Comparator<PortalAccount> PRINCIPAL_FIRST = Comparator
            .comparingInt((PortalAccount m) -> switch (m.status()) {
                case ACTIVE -> 0;
                case PENDING_ACTIVATION -> 1;
                case DEACTIVATED -> 2;
            })
            .thenComparing(PortalAccount::createdAt)
            .thenComparing(m -> m.companyId().value());

    /** What a request may act for. */
    public sealed interface Choice {
        /** The active membership the request acts for. */
        record Acting(PortalAccount membership) implements Choice {
        }

        /** Several active memberships and none named: the request must say which. */
        record CompanyNeeded() implements Choice {
        }

        /** The company named is not one the person is an active member of. */
        record NotAMember() implements Choice {
        }
    }

    private Memberships() {
    }

    /**
     * The membership a request acts for: the named company's, when the person is an active
     * member there; else, with no company named, the person's only active membership.
     */
    public static Choice choose(List<PortalAccount> memberships, Optional<CompanyId> named) {
        Objects.requireNonNull(named, "named");
        List<PortalAccount> active = memberships.stream().filter(PortalAccount::mayLogIn).toList();
        if (named.isPresent()) {
            return active.stream().filter(m -> m.companyId().equals(named.get())).findFirst()
                    .<Choice>map(Choice.Acting::new).orElseGet(Choice.NotAMember::new);
        }
        return switch (active.size()) {
            case 0 -> new Choice.NotAMember();
            case 1 -> new Choice.Acting(active.get(0));
            default -> new Choice.CompanyNeeded();
        };
    }

    /** The membership that stands for the person: an active one if they have one, the oldest first. */
    public static Optional<PortalAccount> principal(List<PortalAccount> memberships) {
        return memberships.stream().min(PRINCIPAL_FIRST);
    }

    /** True when the person keeps an active membership other than the one in {@code company}. */
    public static boolean activeElsewhere(List<PortalAccount> memberships, CompanyId company) {
        return memberships.stream().anyMatch(m -> !m.companyId().equals(company) && m.status() == AccountStatus.ACTIVE);
    }
}
