package cn.xiangyang.portal.accounts.internal;

import cn.xiangyang.portal.accounts.AccountKind;
import cn.xiangyang.portal.accounts.CreditCode;
import cn.xiangyang.portal.accounts.PortalUser;
import cn.xiangyang.portal.accounts.ResidentIdNumber;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
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
  private final SmsCodes smsCodes;
  private final CommonPasswords commonPasswords;
  private final Counters counters;
  private final EmployerVerifications verifications;
  private final AccountsProperties properties;
  private final TransactionalOperator tx;
  private final Clock clock;

  Registration(
      Accounts accounts,
      PasswordHashing passwords,
      PersonalDataCipher cipher,
      Sessions sessions,
      LoginThrottle throttle,
      SmsCodes smsCodes,
      CommonPasswords commonPasswords,
      Counters counters,
      EmployerVerifications verifications,
      AccountsProperties properties,
      TransactionalOperator tx,
      Clock clock) {
    this.accounts = accounts;
    this.passwords = passwords;
    this.cipher = cipher;
    this.sessions = sessions;
    this.throttle = throttle;
    this.smsCodes = smsCodes;
    this.commonPasswords = commonPasswords;
    this.counters = counters;
    this.verifications = verifications;
    this.properties = properties;
    this.tx = tx;
    this.clock = clock;
  }

  Mono<AccountView> registerWorker(Requests.WorkerRegistration request, String clientAddress) {
    UUID id = UUID.randomUUID();
    String idNumber = ResidentIdNumber.normalize(request.idNumber());
    String phone = request.phone().strip();
    return verifiedStep(
            phone,
            request.password(),
            "password",
            request.smsCode(),
            "smsCode",
            clientAddress,
            "register")
        .then(passwords.hash(request.password()))
        .flatMap(hash -> accounts.insertWorker(
            id,
            request.name().strip(),
            phone,
            cipher.keyedHash(idNumber),
            cipher.encrypt(idNumber),
            ResidentIdNumber.mask(idNumber),
            hash,
            clock.instant()))
        .then(accounts.view(id));
  }

  /**
   * Registers a 公众 visitor account: a name and a phone proved by the SMS code, nothing else. It can book
   * open-day seats for the public and read its messages, and nothing a worker, employer or staff does.
   */
  Mono<AccountView> registerVisitor(Requests.VisitorRegistration request, String clientAddress) {
    UUID id = UUID.randomUUID();
    String phone = request.phone().strip();
    return verifiedStep(
            phone,
            request.password(),
            "password",
            request.smsCode(),
            "smsCode",
            clientAddress,
            "register")
        .then(passwords.hash(request.password()))
        .flatMap(hash ->
            accounts.insertVisitor(id, request.name().strip(), phone, hash, clock.instant()))
        .then(accounts.view(id));
  }

  /**
   * Registers an employer account, unverified — or verified at once when it carries a valid
   * invitation from a verified colleague of the same company. Several accounts may name one credit
   * code; verification decides which of them act for the company.
   */
  Mono<AccountView> registerEmployer(Requests.EmployerRegistration request, String clientAddress) {
    UUID id = UUID.randomUUID();
    String phone = request.phone().strip();
    String creditCode = CreditCode.normalize(request.creditCode());
    Instant now = clock.instant();
    String invitation = request.invitation() == null ? "" : request.invitation().strip();
    return verifiedStep(
            phone,
            request.password(),
            "password",
            request.smsCode(),
            "smsCode",
            clientAddress,
            "register")
        .then(passwords.hash(request.password()))
        .flatMap(hash -> tx.transactional(accounts
            .insertEmployer(
                id,
                request.companyName().strip(),
                creditCode,
                request.contactName().strip(),
                phone,
                hash,
                now)
            .then(
                invitation.isEmpty()
                    ? Mono.empty()
                    : verifications
                        .acceptInvitation(invitation, creditCode, id, now)
                        .then())))
        .then(accounts.view(id));
  }

  /**
   * What every registration and reset passes before anything is stored: the password is not one of
   * the most common ones, the address and the phone are within their limits, and the SMS code sent to
   * the phone is right (it is used up). Only after this step may an answer depend on whether the
   * phone or number is registered: the caller has proved that the phone is theirs.
   */
  private Mono<Void> verifiedStep(
      String phone,
      String password,
      String passwordField,
      String code,
      String codeField,
      String clientAddress,
      String what) {
    if (commonPasswords.contains(password)) {
      return Mono.error(AccountProblems.commonPassword(passwordField));
    }
    AccountsProperties.RegistrationLimits limits = properties.registrationLimits();
    SmsPurpose purpose = what.equals("reset") ? SmsPurpose.RESET_PASSWORD : SmsPurpose.REGISTER;
    return counters
        .admit(limits.perIp(), limits.window(), "本网络的注册或找回密码次数过多，", what, "ip", clientAddress)
        .then(counters.admit(
            limits.perPhone(),
            limits.window(),
            "该手机号的注册或找回密码次数过多，",
            what,
            "phone",
            cipher.keyedHash(phone)))
        .then(smsCodes.consume(phone, purpose, code))
        .flatMap(
            ok -> ok ? Mono.<Void>empty() : Mono.error(AccountProblems.invalidSmsCode(codeField)));
  }

  /**
   * 忘记密码: with the code sent to the phone, sets the new password of every account registered with
   * it, ends all their sessions and clears their login lockouts. A wrong code and an unknown phone
   * get the same answer.
   */
  Mono<Void> resetPassword(Requests.PasswordReset request, String clientAddress) {
    String phone = request.phone().strip();
    return verifiedStep(
            phone,
            request.newPassword(),
            "newPassword",
            request.code(),
            "code",
            clientAddress,
            "reset")
        .then(accounts.idsWithPhone(phone).collectList())
        .flatMap(ids ->
            ids.isEmpty() ? Mono.error(AccountProblems.invalidSmsCode("code")) : Mono.just(ids))
        .flatMap(ids -> passwords
            .hash(request.newPassword())
            .flatMapMany(hash -> Flux.fromIterable(ids)
                .concatMap(id -> accounts.setPassword(id, hash).thenReturn(id)))
            .concatMap(id -> sessions
                .revokeAll(id, null)
                .then(throttle.succeeded(id))
                .then(accounts.audit(
                    clock.instant(), id, "account.password-reset", id, Map.of("via", "sms"))))
            .then());
  }

  /** Changes a signed-in person's password after checking the current one; every other session ends. */
  Mono<Void> changePassword(PortalUser user, Requests.PasswordChange request, String currentToken) {
    if (commonPasswords.contains(request.newPassword())) {
      return Mono.error(AccountProblems.commonPassword("newPassword"));
    }
    return accounts
        .passwordHash(user.accountId())
        .flatMap(hash -> passwords.matches(request.currentPassword(), hash))
        .flatMap(ok -> ok
            ? passwords.hash(request.newPassword())
            : Mono.error(new AccountProblems.FieldProblem(
                "当前密码不正确", "currentPassword", "当前密码不正确。忘记了可以退出后在登录页用「忘记密码」重设。")))
        .flatMap(hash -> accounts.setPassword(user.accountId(), hash))
        .then(sessions.revokeAll(user.accountId(), currentToken))
        .then(accounts.audit(
            clock.instant(),
            user.accountId(),
            "account.password-changed",
            user.accountId(),
            Map.of()));
  }

  /** Moves the account to a new phone verified by the code sent to it. */
  Mono<AccountView> changePhone(PortalUser user, Requests.PhoneChange request) {
    String phone = request.phone().strip();
    if (user.kind() == AccountKind.STAFF) {
      return Mono.error(new AccountProblems.Forbidden("不适用", "工作人员账号没有登记手机号。"));
    }
    return smsCodes
        .consume(phone, SmsPurpose.CHANGE_PHONE, request.code())
        .flatMap(ok -> ok
            ? accounts.setPhone(user.accountId(), user.kind(), phone)
            : Mono.error(AccountProblems.invalidSmsCode("code")))
        .then(accounts.audit(
            clock.instant(), user.accountId(), "account.phone-changed", user.accountId(), Map.of()))
        .then(accounts.view(user.accountId()));
  }

  Mono<AccountView> registerStaff(Requests.StaffRegistration request, PortalUser admin) {
    boolean cityAdmin = "xiangyang".equals(admin.commissionId());
    if (!cityAdmin && !request.commissionId().equals(admin.commissionId())) {
      return Mono.error(new AccountProblems.OutsideCommission());
    }
    UUID id = UUID.randomUUID();
    return accounts
        .commissionExists(request.commissionId())
        .flatMap(exists -> exists
            ? passwords.hash(request.password())
            : Mono.error(new AccountProblems.UnknownCommission()))
        .flatMap(hash -> accounts.insertStaff(
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
        .admit(clientAddress)
        .then(candidates(login).collectList())
        .flatMap(candidates -> {
          if (candidates.isEmpty()) {
            return throttle
                .admitUnknown(login)
                .then(passwords.burn(request.password()))
                .then(throttle.failedUnknown(login))
                .then(Mono.<Accounts.Credentials>error(new AccountProblems.InvalidCredentials()));
          }
          // Lockouts count per account: a locked account is not tried, whichever string named it.
          return throttle
              .unlocked(candidates.stream().map(Accounts.Credentials::id).toList())
              .flatMap(open -> {
                List<Accounts.Credentials> tried =
                    candidates.stream().filter(c -> open.contains(c.id())).toList();
                // The same phone may belong to a worker and an employer: the password decides.
                return Flux.fromIterable(tried)
                    .concatMap(c -> passwords
                        .matches(request.password(), c.passwordHash())
                        .filter(ok -> ok)
                        .map(ok -> c))
                    .next()
                    .switchIfEmpty(Flux.fromIterable(tried)
                        .concatMap(c -> throttle.failed(c.id()))
                        .then(Mono.error(new AccountProblems.InvalidCredentials())));
              });
        })
        .flatMap(c -> throttle.succeeded(c.id()).then(accounts.principal(c.id())))
        .switchIfEmpty(Mono.error(new AccountProblems.InvalidCredentials()))
        .flatMap(user -> sessions
            .open(user)
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
