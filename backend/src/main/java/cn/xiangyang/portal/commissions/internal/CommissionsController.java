package cn.xiangyang.portal.accounts.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

/** The public list of Xiangyang's arbitration commissions and the areas each serves. */
@RestController
class CommissionsController {

  private final DatabaseClient db;

  CommissionsController(DatabaseClient db) {
    this.db = db;
  }

  /** An area of Xiangyang and the commission that serves it. */
  record Area(String code, String name, String kind, String commissionId) {}

  /** A commission with its areas. */
  record Commission(String id, String name, @Nullable String address, @Nullable String phone, @Nullable String hours, List<String> areas) {}

  @GetMapping("/api/v1/areas")
  Flux<Area> areas() {
    return db.sql("select code, name, kind, commission_id from areas order by sort_order")
        .map(r -> new Area(r.get("code", String.class), r.get("name", String.class), r.get("kind", String.class), r.get("commission_id", String.class)))
        .all();
  }

  @GetMapping("/api/v1/commissions")
  Flux<Commission> commissions() {
    return db.sql(
            """
            select c.id, c.name, c.address, c.phone, c.hours,
                   coalesce(array_agg(a.name order by a.sort_order) filter (where a.code is not null), '{}') as areas
              from commissions c left join areas a on a.commission_id = c.id
             group by c.id order by min(coalesce(a.sort_order, 0)), c.id""")
        .map(
            r ->
                new Commission(
                    r.get("id", String.class),
                    r.get("name", String.class),
                    r.get("address", String.class),
                    r.get("phone", String.class),
                    r.get("hours", String.class),
                    List.of(r.get("areas", String[].class))))
        .all();
  }
}
