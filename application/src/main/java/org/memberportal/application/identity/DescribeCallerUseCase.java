package org.memberportal.application.identity;

import org.memberportal.domain.identity.Caller;

public interface DescribeCallerUseCase {

    CallerProfile describe(Caller caller);
}
