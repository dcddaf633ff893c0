package org.memberportal.rest;

import java.util.Collection;
import java.util.List;

import org.memberportal.domain.notification.CompanyWarning;

/** {@code {code, message}}: a warning raised by the change a member just made. */
public record WarningView(String code, String message) {

    public static List<WarningView> of(Collection<CompanyWarning> warnings) {
        return warnings.stream().sorted().map(w -> new WarningView(w.name(), w.message())).toList();
    }
}
