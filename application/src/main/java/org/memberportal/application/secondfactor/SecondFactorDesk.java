package org.memberportal.application.secondfactor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.memberportal.application.account.CredentialsChanged;
import org.memberportal.application.audit.AuditEvent;
import org.memberportal.application.audit.AuditTrail;
import org.memberportal.application.refusal.ProblemCode;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.application.refusal.TooManyAttempts;
import org.memberportal.application.throttle.AttemptCount;
import org.memberportal.application.throttle.AttemptCounters;
import org.memberportal.application.secret.SecretToken;
import org.memberportal.application.session.CallerProfile;
import org.memberportal.application.session.DescribeCallerUseCase;
import org.memberportal.application.session.SecondFactorCheck;
import org.memberportal.domain.ReadableCodes;
import org.memberportal.domain.account.EmailAddress;
import org.memberportal.domain.agent.AgentId;
import org.memberportal.domain.company.CompanyId;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.identity.SecondFactor;

/**
 * The second factor: enrolment, confirmation, switching off, the check at login, and the gate that
 * keeps whoever must have one and has none to enrolment. Every change goes to the audit trail.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = Refusal.class) // a refused login code still records the failure
public class SecondFactorDesk implements ManageSecondFactorUseCase, DescribeSecondFactorUseCase, SecondFactorCheck {

    /** The name authenticator apps show above the code. */
    static final String ISSUER = "Member portal";
    static final int RECOVERY_CODES = 10;
    /** Wrong codes taken when switching it off, per person within the window: a stolen session cannot guess on. */
    static final int WRONG_SWITCH_OFF_CODES = 5;
    static final Duration WRONG_SWITCH_OFF_WINDOW = Duration.ofHours(1);

    private final SecondFactors factors;
    private final OneTimeCodes codes;
    private final SecondFactorPolicy policy;
    private final DescribeCallerUseCase callers;
    private final AuditTrail audit;
    private final Event<CredentialsChanged> changed;
    private final AttemptCounters counters;
    private final Clock clock;

    protected SecondFactorDesk() {
        this(null, null, null, null, null, null, null, null); // for the CDI proxy
    }

    @Inject
    public SecondFactorDesk(SecondFactors factors, OneTimeCodes codes, SecondFactorPolicy policy,
            DescribeCallerUseCase callers, AuditTrail audit, Event<CredentialsChanged> changed,
            AttemptCounters counters, Clock clock) {
        this.factors = factors;
        this.codes = codes;
        this.policy = policy;
        this.callers = callers;
        this.audit = audit;
        this.changed = changed;
        this.counters = counters;
        this.clock = clock;
    }

    @Override
    public Enrolment enrol(Caller caller) {
        String holder = SecondFactor.holderOf(caller);
        Optional<SecondFactor> current = factors.find(holder);
        if (current.filter(SecondFactor::enabled).isPresent()) {
            throw Refusal.conflict(ProblemCode.SECOND_FACTOR_ON,
                    "A second factor is on already: switch it off first to enrol another.");
        }
        factors.remove(holder);
        SecondFactor pending = SecondFactor.pending(holder, codes.newSecret());
        factors.save(pending);
        audit(caller, "SECOND_FACTOR_ENROLMENT_STARTED");
        return new Enrolment(pending.secret(), otpauthUri(callers.describe(caller).email(), pending.secret()));
    }

    /** Key URI format of authenticator apps: the issuer, the account's address, the secret and the parameters. */
    static String otpauthUri(String account, String secret) {
        String label = encode(ISSUER) + ":" + encode(account);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(ISSUER)
                + "&algorithm=SHA1&digits=6&period=30";
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public List<String> confirm(Caller caller, String code) {
        SecondFactor factor = factors.find(SecondFactor.holderOf(caller))
                .orElseThrow(() -> Refusal.notFound("an enrolment of a second factor"));
        if (factor.enabled()) {
            throw Refusal.conflict(ProblemCode.SECOND_FACTOR_ON, "The second factor is on already.");
        }
        long step = stepOf(factor, code).orElseThrow(SecondFactorDesk::invalidCode);
        Map<String, String> recovery = newRecoveryCodes();
        factor.confirm(step, recovery.keySet());
        if (!factors.save(factor)) {
            throw Refusal.conflict(ProblemCode.CONCURRENT_CHANGE, "The second factor changed meanwhile; try again.");
        }
        audit(caller, "SECOND_FACTOR_ON");
        tell(caller, CredentialsChanged.Change.SECOND_FACTOR_ON);
        return List.copyOf(recovery.values());
    }

    /** Hash to code: the codes go to the person, the hashes to the store. */
    private static Map<String, String> newRecoveryCodes() {
        Map<String, String> recovery = new LinkedHashMap<>();
        while (recovery.size() < RECOVERY_CODES) {
            String code = ReadableCodes.generate(2, 5);
            recovery.put(SecretToken.hashOf(code), code);
        }
        return recovery;
    }

    @Override
    public void switchOff(Caller caller, String code) {
        if (policy.requires(caller)) {
            throw Refusal.conflict(ProblemCode.SECOND_FACTOR_REQUIRED,
                    "A second factor is required for this account: it cannot be switched off.");
        }
        String holder = SecondFactor.holderOf(caller);
        Optional<SecondFactor> found = factors.find(holder);
        if (found.isEmpty()) {
            return;
        }
        SecondFactor factor = found.get();
        if (factor.enabled()) {
            requireRightSwitchOffCode(holder, factor, code);
        }
        factors.remove(holder);
        audit(caller, factor.enabled() ? "SECOND_FACTOR_OFF" : "SECOND_FACTOR_ENROLMENT_CANCELLED");
        if (factor.enabled()) {
            tell(caller, CredentialsChanged.Change.SECOND_FACTOR_OFF);
        }
    }

    private void requireRightSwitchOffCode(String holder, SecondFactor factor, String code) {
        Instant now = clock.instant();
        AttemptCount wrong = counters.lock("second-factor-off:" + holder);
        if (wrong.failuresAt(now, WRONG_SWITCH_OFF_WINDOW) >= WRONG_SWITCH_OFF_CODES) {
            throw new TooManyAttempts(Duration.between(now, wrong.lastFailureAt().plus(WRONG_SWITCH_OFF_WINDOW)));
        }
        if (!stepOf(factor, code).stream().anyMatch(factor::acceptStep)) {
            counters.save(wrong.failedAt(now, WRONG_SWITCH_OFF_WINDOW, Duration.ZERO));
            throw invalidCode();
        }
        counters.clear(wrong.key());
    }

    private void tell(Caller caller, CredentialsChanged.Change change) {
        CallerProfile person = callers.describe(caller);
        changed.fire(new CredentialsChanged(EmailAddress.of(person.email()), person.fullName(), change));
    }

    @Override
    public void verify(Caller who, String code, String recoveryCode, Instant now) {
        Optional<SecondFactor> found = factors.find(SecondFactor.holderOf(who)).filter(SecondFactor::enabled);
        if (found.isEmpty()) {
            return;
        }
        SecondFactor factor = found.get();
        if (isBlank(code) && isBlank(recoveryCode)) {
            throw new CodeNeeded();
        }
        boolean accepted;
        if (!isBlank(code)) {
            accepted = codes.stepOf(factor.secret(), code.strip(), now).stream().anyMatch(factor::acceptStep);
        } else {
            accepted = factor.spendRecoveryCode(SecretToken.hashOf(recoveryCode.strip().toUpperCase(Locale.ROOT)));
        }
        if (!accepted || !factors.save(factor)) {
            throw new Refusal(Refusal.Kind.UNAUTHENTICATED, ProblemCode.SECOND_FACTOR_REQUIRED,
                    "The code is wrong or was used already.");
        }
        if (isBlank(code)) {
            audit.record(AuditEvent.of(who, "SECOND_FACTOR_RECOVERY_CODE_USED", companyOf(who),
                    factor.holder(), factor.recoveryCodeHashes().size() + " recovery codes left", now));
        }
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public SecondFactorPolicy.State stateOf(Caller caller) {
        return new SecondFactorPolicy.State(isOn(caller), policy.requires(caller));
    }

    /** Asked on every request: the store is read only for whoever must have one, and no secret is opened. */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mustEnrolFirst(Caller caller) {
        return policy.requires(caller) && !isOn(caller);
    }

    private boolean isOn(Caller caller) {
        String holder = SecondFactor.holderOf(caller);
        return factors.enabledAmong(Set.of(holder)).contains(holder);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<AgentId> agentsWithSecondFactor(Collection<AgentId> agents) {
        Map<String, AgentId> byHolder = agents.stream().distinct()
                .collect(Collectors.toMap(id -> SecondFactor.holderOf(new Caller.Agent(id)), Function.identity()));
        return factors.enabledAmong(byHolder.keySet()).stream().map(byHolder::get).collect(Collectors.toSet());
    }

    private OptionalLong stepOf(SecondFactor factor, String code) {
        if (isBlank(code)) {
            return OptionalLong.empty();
        }
        return codes.stepOf(factor.secret(), code.strip(), clock.instant());
    }

    private static Refusal invalidCode() {
        return Refusal.invalid(ProblemCode.INVALID_CODE, "The code is wrong or expired: give the one the app shows now.");
    }

    private void audit(Caller caller, String action) {
        audit.record(AuditEvent.of(caller, action, companyOf(caller), SecondFactor.holderOf(caller), null,
                clock.instant()));
    }

    private static CompanyId companyOf(Caller caller) {
        return caller instanceof Caller.Member member ? member.companyId() : null;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
