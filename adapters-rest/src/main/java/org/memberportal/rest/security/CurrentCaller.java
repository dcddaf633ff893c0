package org.memberportal.rest.security;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.memberportal.application.session.IdentifyCallerUseCase.Identified;
import org.memberportal.application.refusal.ProblemCode;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.domain.account.AccountId;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.identity.Reader;

/**
 * The caller of the current request, as the authentication mechanism recognised them: acting for
 * one company, or a person whose request does not (yet) say which of their companies it acts for.
 */
@ApplicationScoped
public class CurrentCaller {

    private static final String ATTRIBUTE = CurrentCaller.class.getName();

    @Inject
    HttpServletRequest request;

    static void attach(HttpServletRequest request, Identified identified) {
        request.setAttribute(ATTRIBUTE, identified);
    }

    private Optional<Identified> identified() {
        return Optional.ofNullable((Identified) request.getAttribute(ATTRIBUTE));
    }

    public Optional<Caller> get() {
        return identified().flatMap(Identified::caller);
    }

    /** True when the request carries a live session, whatever company it acts for. */
    public boolean isAuthenticated() {
        return identified().isPresent();
    }

    /**
     * The caller acting for one company (or an agent); a person who did not say which company
     * is refused as the authentication found (400 {@code company-needed}, or 404).
     */
    public Caller require() {
        Identified identified = identified().orElseThrow(CurrentCaller::logInFirst);
        return identified.caller().orElseThrow(() -> identified.unresolved().orElseThrow(CurrentCaller::logInFirst));
    }

    /**
     * A reader of the knowledge base and the forums: any person with an active membership (a
     * session is only recognised for one), whichever company they act for or none, or an agent.
     */
    public Reader reader() {
        Identified identified = identified().orElseThrow(CurrentCaller::logInFirst);
        return identified.caller().map(Reader::of).orElseGet(() -> new Reader.Person(
                identified.person().orElseThrow(CurrentCaller::logInFirst)));
    }

    /** For what a person does whatever company they act for (their password, their sessions). */
    public void requireAuthenticated() {
        identified().orElseThrow(CurrentCaller::logInFirst);
    }

    /** The person of several companies whose request names none of them, when it is one. */
    public Optional<AccountId> personActingForNoCompany() {
        return identified().filter(i -> i.caller().isEmpty())
                .filter(i -> i.unresolved().map(Refusal::problem).orElse(null) == ProblemCode.COMPANY_NEEDED)
                .flatMap(Identified::person);
    }

    private static Refusal logInFirst() {
        return new Refusal(Refusal.Kind.UNAUTHENTICATED, null, "Log in first.");
    }

    /** The bearer token of this request, for logging out. */
    public Optional<String> token() {
        return BearerAuthentication.bearerToken(request);
    }
}
