package cn.xiangyang.portal.accounts.internal;

import static cn.xiangyang.portal.system.Rows.required;

import cn.xiangyang.portal.accounts.AccountKind;
import cn.xiangyang.portal.accounts.PortalUser;
import cn.xiangyang.portal.accounts.StaffRole;
import cn.xiangyang.portal.accounts.VerificationState;
import cn.xiangyang.portal.audit.AuditTrail;
import cn.xiangyang.portal.commissions.Commission;
import cn.xiangyang.portal.commissions.Commissions;
import cn.xiangyang.portal.commissions.Directory;
import io.r2dbc.postgresql.api.ErrorDetails;
import io.r2dbc.postgresql.api.PostgresqlException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The stored accounts: one row in {@code accounts} plus one in the table of its kind. */
@Component
class Accounts {

  private final DatabaseClient db;
  private final TransactionalOperator tx;
  private final Commissions commissions;
  private final AuditTrail auditTrail;

  Accounts(
      DatabaseClient db, TransactionalOperator tx, Commissions commissions, AuditTrail auditTrail) {
    this.db = db;
    this.tx = tx;
    this.commissions = commissions;
    this.auditTrail = auditTrail;
  }

  /** A candidate for login: the account and its password hash. */
  record Credentials(UUID id, AccountKind kind, String passwordHash) {}

  Mono<Void> insertWorker(
      UUID id,
      String name,
      String phone,
      String idHmac,
      String idCipher,
      String idMasked,
      String hash,
      Instant now) {
    return tx.transactional(insertAccount(id, AccountKind.WORKER, name, hash, now)
            .then(db.sql("""
                            insert into workers (account_id, name, phone, id_number_hmac, id_number_cipher, id_number_masked)
                            values (:id, :name, :phone, :hmac, :cipher, :masked)""")
                .bind("id", id)
                .bind("name", name)
                .bind("phone", phone)
                .bind("hmac", idHmac)
                .bind("cipher", idCipher)
                .bind("masked", idMasked)
                .then()))
        .onErrorMap(DataIntegrityViolationException.class, Accounts::duplicate);
  }

  Mono<Void> insertEmployer(
      UUID id,
      String company,
      String creditCode,
      String contact,
      String phone,
      String hash,
      Instant now) {
    return tx.transactional(insertAccount(id, AccountKind.EMPLOYER, company, hash, now)
            .then(db.sql("""
                            insert into employers (account_id, company_name, credit_code, contact_name, phone)
                            values (:id, :company, :code, :contact, :phone)""")
                .bind("id", id)
                .bind("company", company)
                .bind("code", creditCode)
                .bind("contact", contact)
                .bind("phone", phone)
                .then()))
        .onErrorMap(DataIntegrityViolationException.class, Accounts::duplicate);
  }

  Mono<Void> insertVisitor(UUID id, String name, String phone, String hash, Instant now) {
    return tx.transactional(insertAccount(id, AccountKind.VISITOR, name, hash, now)
            .then(db.sql(
                    "insert into accounts.visitors (account_id, name, phone) values (:id, :name, :phone)")
                .bind("id", id)
                .bind("name", name)
                .bind("phone", phone)
                .then()))
        .onErrorMap(DataIntegrityViolationException.class, Accounts::duplicate);
  }

  Mono<Void> insertStaff(
      UUID id,
      String username,
      String displayName,
      StaffRole role,
      String commissionId,
      String hash,
      Instant now) {
    return tx.transactional(insertAccount(id, AccountKind.STAFF, displayName, hash, now)
            .then(db.sql("""
                            insert into staff (account_id, username, role, commission_id)
                            values (:id, :username, :role, :commission)""")
                .bind("id", id)
                .bind("username", username)
                .bind("role", role.name())
                .bind("commission", commissionId)
                .then()))
        .onErrorMap(DataIntegrityViolationException.class, Accounts::duplicate);
  }

  private Mono<Void> insertAccount(
      UUID id, AccountKind kind, String displayName, String hash, Instant now) {
    return db.sql("""
            insert into accounts (id, kind, display_name, password_hash, created_at)
            values (:id, :kind, :name, :hash, :now)""")
        .bind("id", id)
        .bind("kind", kind.name())
        .bind("name", displayName)
        .bind("hash", hash)
        .bind("now", now)
        .then();
  }

  /** Accounts a login string can mean: a phone (worker, employer or visitor), ID number, credit code or username. */
  Flux<Credentials> findForLogin(
      @Nullable String phone,
      @Nullable String idHmac,
      @Nullable String creditCode,
      String username) {
    return db.sql("""
            select a.id, a.kind, a.password_hash from accounts a
              left join workers w on w.account_id = a.id
              left join employers e on e.account_id = a.id
              left join staff s on s.account_id = a.id
              left join accounts.visitors p on p.account_id = a.id
             where a.disabled_at is null
               and (w.phone = :phone or w.id_number_hmac = :hmac or e.phone = :phone
                    or e.credit_code = :code or s.username = :username or p.phone = :phone)
             order by case a.kind when 'WORKER' then 0 when 'EMPLOYER' then 1 when 'VISITOR' then 2 else 3 end""")
        .bind("phone", Optional.ofNullable(phone).orElse(""))
        .bind("hmac", Optional.ofNullable(idHmac).orElse(""))
        .bind("code", Optional.ofNullable(creditCode).orElse(""))
        .bind("username", username)
        .map(row -> new Credentials(
            required(row, "id", UUID.class),
            AccountKind.valueOf(required(row, "kind", String.class)),
            required(row, "password_hash", String.class)))
        .all();
  }

  Mono<AccountView> view(UUID id) {
    return commissions.directory().flatMap(directory -> view(id, directory));
  }

  private Mono<AccountView> view(UUID id, Directory directory) {
    return db.sql("""
            select a.id, a.kind, a.display_name,
                   w.phone as worker_phone, w.id_number_masked, p.phone as visitor_phone,
                   e.company_name, e.credit_code, e.contact_name, e.phone as employer_phone,
                   s.username, s.role, s.commission_id,
                   v.state as verification, v.reason as verification_reason
              from accounts a
              left join workers w on w.account_id = a.id
              left join employers e on e.account_id = a.id
              left join staff s on s.account_id = a.id
              left join accounts.visitors p on p.account_id = a.id
              left join accounts.employer_verifications v on v.account_id = a.id
             where a.id = :id and a.disabled_at is null""")
        .bind("id", id)
        .map(row -> {
          String phone = row.get("worker_phone", String.class);
          if (phone == null) {
            phone = row.get("employer_phone", String.class);
          }
          if (phone == null) {
            phone = row.get("visitor_phone", String.class);
          }
          String role = row.get("role", String.class);
          StaffRole staffRole = role == null ? null : StaffRole.valueOf(role);
          AccountKind kind = AccountKind.valueOf(required(row, "kind", String.class));
          String state = row.get("verification", String.class);
          VerificationState verification = kind != AccountKind.EMPLOYER
              ? null
              : state == null ? VerificationState.UNVERIFIED : VerificationState.valueOf(state);
          return new AccountView(
              required(row, "id", UUID.class),
              kind,
              kind.label(),
              required(row, "display_name", String.class),
              phone == null ? null : AccountView.maskPhone(phone),
              row.get("id_number_masked", String.class),
              row.get("company_name", String.class),
              row.get("credit_code", String.class),
              row.get("contact_name", String.class),
              row.get("username", String.class),
              staffRole,
              staffRole == null ? null : staffRole.label(),
              row.get("commission_id", String.class),
              commissionName(directory, row.get("commission_id", String.class)),
              verification,
              verification == null ? null : verification.label(),
              verification == VerificationState.REJECTED
                      || verification == VerificationState.SUSPENDED
                  ? row.get("verification_reason", String.class)
                  : null);
        })
        .one();
  }

  Mono<PortalUser> principal(UUID id) {
    return view(id)
        .map(v -> new PortalUser(v.id(), v.kind(), v.displayName(), v.role(), v.commissionId()));
  }

  /** The enabled worker, employer and visitor accounts registered with the phone. */
  Flux<UUID> idsWithPhone(String phone) {
    return db.sql("""
            select a.id from accounts a
              left join workers w on w.account_id = a.id
              left join employers e on e.account_id = a.id
              left join accounts.visitors p on p.account_id = a.id
             where a.disabled_at is null and (w.phone = :phone or e.phone = :phone or p.phone = :phone)""")
        .bind("phone", phone)
        .map(row -> required(row, "id", UUID.class))
        .all();
  }

  /** The account's password hash, if the account is enabled. */
  Mono<String> passwordHash(UUID id) {
    return db.sql("select password_hash from accounts where id = :id and disabled_at is null")
        .bind("id", id)
        .map(row -> required(row, "password_hash", String.class))
        .one();
  }

  Mono<Void> setPassword(UUID id, String hash) {
    return db.sql("update accounts set password_hash = :hash where id = :id")
        .bind("id", id)
        .bind("hash", hash)
        .then();
  }

  /** Moves a worker's, employer's or visitor's account to a new (verified) phone; 409 when the phone is taken. */
  Mono<Void> setPhone(UUID id, AccountKind kind, String phone) {
    String table = switch (kind) {
      case WORKER -> "workers";
      case EMPLOYER -> "employers";
      case VISITOR -> "accounts.visitors";
      case STAFF -> throw new IllegalArgumentException("staff accounts have no phone");
    };
    return db.sql("update " + table + " set phone = :phone where account_id = :id")
        .bind("id", id)
        .bind("phone", phone)
        .then()
        .onErrorMap(DataIntegrityViolationException.class, Accounts::duplicate);
  }

  /** An employer account's company, as stored. */
  record Employer(
      UUID id,
      String companyName,
      String creditCode,
      String contactName,
      String phone,
      boolean enabled) {}

  Mono<Employer> employer(UUID id) {
    return db.sql("""
            select e.account_id, e.company_name, e.credit_code, e.contact_name, e.phone, a.disabled_at
              from employers e join accounts a on a.id = e.account_id where e.account_id = :id""")
        .bind("id", id)
        .map(row -> new Employer(
            required(row, "account_id", UUID.class),
            required(row, "company_name", String.class),
            required(row, "credit_code", String.class),
            required(row, "contact_name", String.class),
            required(row, "phone", String.class),
            row.get("disabled_at", java.time.OffsetDateTime.class) == null))
        .one();
  }

  Mono<Void> disable(UUID id, Instant now) {
    return db.sql("update accounts set disabled_at = :now where id = :id and disabled_at is null")
        .bind("id", id)
        .bind("now", now)
        .then();
  }

  Mono<Void> enable(UUID id) {
    return db.sql("update accounts set disabled_at = null where id = :id")
        .bind("id", id)
        .then();
  }

  /** Records who did what to which account (the shared audit trail). */
  Mono<Void> audit(
      Instant now, @Nullable UUID actor, String action, UUID subject, Map<String, ?> detail) {
    return auditTrail.record(now, actor, action, "account:" + subject, detail);
  }

  private static @Nullable String commissionName(
      Directory directory, @Nullable String commissionId) {
    return commissionId == null
        ? null
        : directory.commission(commissionId).map(Commission::name).orElse(null);
  }

  Mono<Boolean> commissionExists(String commissionId) {
    return commissions.directory().map(d -> d.commission(commissionId).isPresent());
  }

  Mono<Boolean> anyAdmin() {
    return db.sql("select 1 from staff where role = 'ADMIN' limit 1")
        .map(row -> true)
        .one()
        .defaultIfEmpty(false);
  }

  private static Throwable duplicate(DataIntegrityViolationException e) {
    String constraint = constraintName(e);
    return switch (constraint) {
      case "workers_phone_key" ->
        new AccountProblems.DuplicateAccount(
            "phone", "该手机号已注册劳动者账号，请直接登录；忘记密码可在登录页「忘记密码」用短信验证码重设。");
      case "workers_id_number_hmac_key" ->
        new AccountProblems.DuplicateAccount("idNumber", "该身份证号已注册，请直接登录；如非本人注册，请拨打 12333 反映。");
      case "employers_phone_key" ->
        new AccountProblems.DuplicateAccount("phone", "该联系电话已用于另一个单位账号，请换一个号码。");
      case "visitors_phone_key" ->
        new AccountProblems.DuplicateAccount("phone", "该手机号已注册公众账号，请直接登录；忘记密码可在登录页「忘记密码」用短信验证码重设。");
      case "staff_username_key" ->
        new AccountProblems.DuplicateAccount("username", "该工作人员账号名已被使用。");
      default -> e;
    };
  }

  private static String constraintName(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof PostgresqlException pg) {
        ErrorDetails details = pg.getErrorDetails();
        return details.getConstraintName().orElse("");
      }
    }
    return "";
  }
}
