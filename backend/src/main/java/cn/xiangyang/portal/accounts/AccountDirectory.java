package cn.xiangyang.portal.accounts;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What other modules may know about accounts, read through the accounts module instead of its tables
 * (issue 8: modules own their data). Personal data leaves masked: a phone as {@code 138****5678}, an ID
 * number as the masked form stored at registration.
 */
public interface AccountDirectory {

  /** Who an account is, for names on timelines and audit trails (disabled accounts included). */
  record Person(UUID id, AccountKind kind, String displayName) {}

  /** The applicant's particulars that filing prints on the application. */
  record WorkerParticulars(
      String name,
      @Nullable String idNumberMasked,
      @Nullable String phoneMasked) {}

  /** A staff member of a commission. */
  record StaffMember(UUID id, String name, StaffRole role, String commissionId) {}

  /** The people behind these account ids; unknown ids are left out. */
  Mono<Map<UUID, Person>> people(Collection<UUID> ids);

  /** A worker's particulars, or empty when the account is not a worker. */
  Mono<WorkerParticulars> worker(UUID accountId);

  /** An employer account's unified social credit code, or empty when it is not an employer. */
  Mono<String> employerCreditCode(UUID accountId);

  /** The enabled employer accounts registered under any of these credit codes. */
  Flux<UUID> employerAccounts(Collection<String> creditCodes);

  /** An enabled staff account, or empty. */
  Mono<StaffMember> staffMember(UUID accountId);

  /** A commission's enabled mediators and arbitrators, by role then name: whom a case can be assigned to. */
  Flux<StaffMember> assignable(String commissionId);
}
