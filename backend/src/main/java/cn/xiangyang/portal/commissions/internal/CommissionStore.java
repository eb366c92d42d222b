package cn.xiangyang.portal.commissions.internal;

import cn.xiangyang.portal.commissions.Area;
import cn.xiangyang.portal.commissions.Commission;
import cn.xiangyang.portal.commissions.Commissions;
import cn.xiangyang.portal.commissions.Directory;
import java.time.Duration;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Reads the two reference tables at most once a minute (they change only with a migration): one
 * shared, cached reading instead of a query per request in every module. A failed read is not cached.
 */
@Component
class CommissionStore implements Commissions {

  private final Mono<Directory> directory;

  CommissionStore(DatabaseClient db) {
    Mono<java.util.List<Area>> areas =
        db.sql("select code, name, kind, commission_id, sort_order from commissions.areas order by sort_order, code")
            .map(
                r ->
                    new Area(
                        r.get("code", String.class),
                        r.get("name", String.class),
                        r.get("kind", String.class),
                        r.get("commission_id", String.class),
                        r.get("sort_order", Integer.class)))
            .all()
            .collectList();
    Mono<java.util.List<Commission>> commissions =
        db.sql("select id, name, address, phone, hours from commissions.commissions order by id")
            .map(
                r ->
                    new Commission(
                        r.get("id", String.class), r.get("name", String.class), r.get("address", String.class), r.get("phone", String.class), r.get("hours", String.class)))
            .all()
            .collectList();
    this.directory =
        Mono.zip(areas, commissions, Directory::new).cache(d -> Duration.ofMinutes(1), e -> Duration.ZERO, () -> Duration.ZERO);
  }

  @Override
  public Mono<Directory> directory() {
    return directory;
  }
}
