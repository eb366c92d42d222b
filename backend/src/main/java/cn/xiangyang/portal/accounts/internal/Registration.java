package cn.xiangyang.portal.accounts.internal;

import cn.xiangyang.portal.accounts.CreditCode;
import cn.xiangyang.portal.accounts.PortalUser;
import cn.xiangyang.portal.accounts.ResidentIdNumber;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Registers accounts and logs people in and out. Inputs arrive validated. */
@Service
class Registration {

  private static final Pattern PHONE = Pattern.compile(Requests.PHONE);

  private final Accounts accounts;
  private final PasswordHashing passwords;
  private final PersonalDataCipher cipher;
  private final Sessions sessions;
  private final LoginThrottle throttle;
  private final Clock clock;

  Registration(
      Accounts accounts,
      PasswordHashing passwords,
      PersonalDataCipher cipher,
      Sessions sessions,
      LoginThrottle throttle,
      Clock clock) {
    this.accounts = accounts;
    this.passwords = passwords;
    this.cipher = cipher;
    this.sessions = sessions;
    this.throttle = throttle;
    this.clock = clock;
  }

  Mono<AccountView> registerWorker(Requests.WorkerRegistration request) {
    UUID id = UUID.randomUUID();
    String idNumber = ResidentIdNumber.normalize(request.idNumber());
    return passwords
        .hash(request.password())
        .flatMap(
            hash ->
                accounts.insertWorker(
                    id,
                    request.name().strip(),
                    request.phone().strip(),
                    cipher.keyedHash(idNumber),
                    cipher.encrypt(idNumber),
                    ResidentIdNumber.mask(idNumber),
                    hash,
                    clock.instant()))
        .then(accounts.view(id));
  }

  Mono<AccountView> registerEmployer(Requests.EmployerRegistration request) {
    UUID id = UUID.randomUUID();
    return passwords
        .hash(request.password())
        .flatMap(
            hash ->
                accounts.insertEmployer(
                    id,
                    request.companyName().strip(),
                    CreditCode.normalize(request.creditCode()),
                    request.contactName().strip(),
                    request.phone().strip(),
                    hash,
                    clock.instant()))
        .then(accounts.view(id));
  }

  Mono<AccountView> registerStaff(Requests.StaffRegistration request, PortalUser admin) {
    boolean cityAdmin = "xiangyang".equals(admin.commissionId());
    if (!cityAdmin && !request.commissionId().equals(admin.commissionId())) {
      return Mono.error(new AccountProblems.OutsideCommission());
    }
    UUID id = UUID.randomUUID();
    return accounts
        .commissionExists(request.commissionId())
        .flatMap(exists -> exists ? passwords.hash(request.password()) : Mono.error(new AccountProblems.UnknownCommission()))
        .flatMap(
            hash ->
                accounts.insertStaff(
                    id,
                    request.username(),
                    request.displayName().strip(),
                    request.role(),
                    request.commissionId(),
                    hash,
                    clock.instant()))
        .then(accounts.view(id));
  }

  /** A successful login: the session and whose it is. */
  record LoggedIn(String token, java.time.Instant expiresAt, AccountView account) {}

  Mono<LoggedIn> login(Requests.Login request, String clientAddress) {
    String login = normalizeLogin(request.account());
    return throttle
        .admit(clientAddress, login)
        .then(candidates(login).collectList())
        .flatMap(
            candidates -> {
              if (candidates.isEmpty()) {
                return passwords.burn(request.password()).then(Mono.<Accounts.Credentials>empty());
              }
              // The same phone may belong to a worker and an employer: the password decides.
              return Flux.fromIterable(candidates)
                  .concatMap(c -> passwords.matches(request.password(), c.passwordHash()).filter(ok -> ok).map(ok -> c))
                  .next();
            })
        .flatMap(c -> accounts.principal(c.id()))
        .switchIfEmpty(
            Mono.defer(() -> throttle.failed(login).then(Mono.error(new AccountProblems.InvalidCredentials()))))
        .flatMap(
            user ->
                throttle
                    .succeeded(login)
                    .then(sessions.open(user))
                    .zipWith(accounts.view(user.accountId()))
                    .map(t -> new LoggedIn(t.getT1().token(), t.getT1().expiresAt(), t.getT2())));
  }

  private Flux<Accounts.Credentials> candidates(String login) {
    @Nullable String phone = PHONE.matcher(login).matches() ? login : null;
    @Nullable String idHmac = ResidentIdNumber.isValid(login) ? cipher.keyedHash(login) : null;
    @Nullable String creditCode = CreditCode.isValid(login) ? login : null;
    return accounts.findForLogin(phone, idHmac, creditCode, login.toLowerCase(Locale.ROOT));
  }

  static String normalizeLogin(String raw) {
    return raw.strip().replace(" ", "").toUpperCase(Locale.ROOT).length() == 18
        ? raw.strip().replace(" ", "").toUpperCase(Locale.ROOT)
        : raw.strip();
  }
}
