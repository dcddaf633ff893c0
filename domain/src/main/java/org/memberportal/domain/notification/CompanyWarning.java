package org.memberportal.domain.notification;

/** Conditions of a company the portal warns about (docs/rules.md, warnings the portal must give). */
public enum CompanyWarning {

    COMPANY_WITHOUT_UPDATE_NOTICE_RECIPIENT(
            "Nobody of the company will receive notices of software updates."),
    COMPANY_WITHOUT_PRIMARY(
            "The company has no active Primary member left."),
    COMPANY_WITH_SINGLE_PRIMARY(
            "The company has only one active Primary member; the vendor recommends more than one.");

    private final String message;

    CompanyWarning(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
