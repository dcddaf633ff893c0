package org.memberportal.rest.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.memberportal.application.account.NewStaffMember;
import org.memberportal.domain.access.PermissionLevel;
import org.memberportal.rest.RequestBody;
import org.memberportal.rest.TextRules;

/** {@code {fullName, email, level}}: a person to give an account, asked for or opened directly. */
public class NewPersonBody implements RequestBody {

    @NotBlank
    @Size(max = 200)
    @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE)
    public String fullName;

    @NotBlank
    @Size(max = 254)
    @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.ONE_LINE_MESSAGE)
    public String email;

    @NotNull
    @Schema(required = true)
    public PermissionLevel level;

    NewStaffMember toPerson() {
        return NewStaffMember.of(fullName, email, level);
    }
}
