package cn.xiangyang.portal.commissions;

import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * The commissions and areas, for every module that needs them. The data changes only with a
 * migration or an administrator's record of a commission's contact details; implementations may serve a
 * copy that is up to a minute old on other backends (the backend that records a change re-reads at once).
 */
public interface Commissions {

  /** The current directory of commissions and areas (never empty once migrations have run). */
  Mono<Directory> directory();

  /** Records a commission's address, hours and telephone with their source; empty for an unknown commission. */
  Mono<Commission> recordContact(String commissionId, CommissionContact contact, UUID by);
}
