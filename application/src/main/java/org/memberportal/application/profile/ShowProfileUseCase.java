package org.memberportal.application.profile;

import org.memberportal.domain.access.Caller;

public interface ShowProfileUseCase {

    MemberProfile profile(Caller caller);
}
