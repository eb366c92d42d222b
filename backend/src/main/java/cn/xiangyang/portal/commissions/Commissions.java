package cn.xiangyang.portal.commissions;

import reactor.core.publisher.Mono;

/**
 * The commissions and areas, for every module that needs them. The data changes only with a
 * migration, so implementations may serve a copy that is up to a minute old.
 */
public interface Commissions {

  /** The current directory of commissions and areas (never empty once migrations have run). */
  Mono<Directory> directory();
}
