package org.memberportal.application.profile;

import org.memberportal.domain.identity.Caller;

public interface ShowProfileUseCase {

    MemberProfile profile(Caller caller);
}
