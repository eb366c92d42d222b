package cn.xiangyang.portal.accounts.internal;

import static cn.xiangyang.portal.system.Rows.required;

import cn.xiangyang.portal.accounts.AccountDirectory;
import cn.xiangyang.portal.accounts.AccountKind;
import cn.xiangyang.portal.accounts.StaffRole;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The accounts module's published reads ({@link AccountDirectory}), one query each. */
@Component
class AccountDirectoryStore implements AccountDirectory {

  private final DatabaseClient db;

  AccountDirectoryStore(DatabaseClient db) {
    this.db = db;
  }

  @Override
  public Mono<Map<UUID, Person>> people(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return Mono.just(Map.of());
    }
    return db.sql("select id, kind, display_name from accounts where id = any (:ids)")
        .bind("ids", ids.stream().distinct().toArray(UUID[]::new))
        .map(r -> new Person(
            required(r, "id", UUID.class),
            AccountKind.valueOf(required(r, "kind", String.class)),
            required(r, "display_name", String.class)))
        .all()
        .collectMap(Person::id);
  }

  @Override
  public Mono<WorkerParticulars> worker(UUID accountId) {
    return db.sql("select name, phone, id_number_masked from workers where account_id = :id")
        .bind("id", accountId)
        .map(r -> new WorkerParticulars(
            required(r, "name", String.class),
            r.get("id_number_masked", String.class),
            maskPhone(r.get("phone", String.class))))
        .one();
  }

  @Override
  public Mono<String> employerCreditCode(UUID accountId) {
    return db.sql("select credit_code from employers where account_id = :id")
        .bind("id", accountId)
        .map(r -> required(r, "credit_code", String.class))
        .one();
  }

  @Override
  public Flux<UUID> employerAccounts(Collection<String> creditCodes) {
    if (creditCodes.isEmpty()) {
      return Flux.empty();
    }
    return db.sql(
            "select e.account_id from employers e join accounts a on a.id = e.account_id where a.disabled_at is null and e.credit_code = any (:codes)")
        .bind("codes", creditCodes.toArray(String[]::new))
        .map(r -> required(r, "account_id", UUID.class))
        .all();
  }

  @Override
  public Mono<StaffMember> staffMember(UUID accountId) {
    return db.sql(
            "select s.account_id, a.display_name, s.role, s.commission_id from staff s join accounts a on a.id = s.account_id where s.account_id = :id and a.disabled_at is null")
        .bind("id", accountId)
        .map(AccountDirectoryStore::staff)
        .one();
  }

  @Override
  public Flux<StaffMember> assignable(String commissionId) {
    return db.sql("""
            select s.account_id, a.display_name, s.role, s.commission_id from staff s join accounts a on a.id = s.account_id
             where s.commission_id = :c and a.disabled_at is null and s.role in ('MEDIATOR', 'ARBITRATOR') order by s.role, a.display_name""").bind("c", commissionId).map(AccountDirectoryStore::staff).all();
  }

  private static StaffMember staff(io.r2dbc.spi.Readable r) {
    return new StaffMember(
        required(r, "account_id", UUID.class),
        required(r, "display_name", String.class),
        StaffRole.valueOf(required(r, "role", String.class)),
        required(r, "commission_id", String.class));
  }

  /** 13812345678 → 138****5678; anything that is not an 11-digit phone → nothing. */
  static @org.jspecify.annotations.Nullable String maskPhone(
      @org.jspecify.annotations.Nullable String phone) {
    return phone != null && phone.length() == 11
        ? phone.substring(0, 3) + "****" + phone.substring(7)
        : null;
  }
}
