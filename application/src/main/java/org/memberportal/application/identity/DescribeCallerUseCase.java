package org.memberportal.application.identity;

import org.memberportal.domain.access.Caller;

public interface DescribeCallerUseCase {

    CallerProfile describe(Caller caller);
}
