package org.memberportal.application.account;

import org.memberportal.application.refusal.ProblemCode;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.domain.account.EmailAddress;

/** A person to give an account: full name, e-mail address and permission level. */
public record NewStaffMember(String fullName, EmailAddress email, PermissionLevel level) {

    public NewStaffMember {
        if (fullName == null || fullName.isBlank()) {
            throw Refusal.invalid(ProblemCode.INVALID_REQUEST, "the full name is missing");
        }
        if (email == null || level == null) {
            throw Refusal.invalid(ProblemCode.INVALID_REQUEST, "the e-mail address and the level are needed");
        }
    }

    public static NewStaffMember of(String fullName, String email, PermissionLevel level) {
        if (!EmailAddress.isValid(email)) {
            throw Refusal.invalid(ProblemCode.INVALID_REQUEST, "that is not an e-mail address");
        }
        return new NewStaffMember(fullName, EmailAddress.of(email), level);
    }
}
