package cn.xiangyang.portal.commissions.internal;

import cn.xiangyang.portal.commissions.Commissions;
import cn.xiangyang.portal.commissions.Directory;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

/** The public list of Xiangyang's arbitration commissions and the areas each serves. */
@RestController
class CommissionsController {

  private final Commissions commissions;

  CommissionsController(Commissions commissions) {
    this.commissions = commissions;
  }

  /** An area of Xiangyang and the commission that serves it. */
  record Area(String code, String name, String kind, String commissionId) {}

  /** A commission with its areas. */
  record Commission(String id, String name, @Nullable String address, @Nullable String phone, @Nullable String hours, List<String> areas) {}

  @GetMapping("/api/v1/areas")
  Flux<Area> areas() {
    return commissions.directory().flatMapIterable(d -> d.areas().stream().map(a -> new Area(a.code(), a.name(), a.kind(), a.commissionId())).toList());
  }

  /** The commissions in the order of the first area each serves (the city commission first). */
  @GetMapping("/api/v1/commissions")
  Flux<Commission> commissions() {
    return commissions.directory().flatMapIterable(CommissionsController::listed);
  }

  private static List<Commission> listed(Directory d) {
    Comparator<cn.xiangyang.portal.commissions.Commission> byFirstArea =
        Comparator.comparingInt(
            c -> d.areasOf(c.id()).stream().mapToInt(cn.xiangyang.portal.commissions.Area::sortOrder).min().orElse(0));
    return d.commissions().stream()
        .sorted(byFirstArea.thenComparing(cn.xiangyang.portal.commissions.Commission::id))
        .map(c -> new Commission(c.id(), c.name(), c.address(), c.phone(), c.hours(), d.areasOf(c.id()).stream().map(cn.xiangyang.portal.commissions.Area::name).toList()))
        .toList();
  }
}
