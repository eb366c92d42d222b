package cn.xiangyang.portal.commissions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One consistent reading of the commissions and areas, in their published order (areas by their sort
 * order). Immutable; {@link Commissions#directory()} hands out the current one.
 */
public record Directory(List<Area> areas, List<Commission> commissions) {

  public Directory {
    areas = List.copyOf(areas);
    commissions = List.copyOf(commissions);
  }

  public Optional<Area> area(String code) {
    return areas.stream().filter(a -> a.code().equals(code)).findFirst();
  }

  public Optional<Commission> commission(String id) {
    return commissions.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** The areas a commission serves, in their published order. */
  public List<Area> areasOf(String commissionId) {
    return areas.stream().filter(a -> a.commissionId().equals(commissionId)).toList();
  }

  /** Area code → the id of the commission that serves it. */
  public Map<String, String> commissionByArea() {
    Map<String, String> map = new LinkedHashMap<>();
    areas.forEach(a -> map.put(a.code(), a.commissionId()));
    return map;
  }

  /** Area code → area name. */
  public Map<String, String> areaNames() {
    Map<String, String> map = new LinkedHashMap<>();
    areas.forEach(a -> map.put(a.code(), a.name()));
    return map;
  }

  /** Commission id → commission name. */
  public Map<String, String> commissionNames() {
    Map<String, String> map = new LinkedHashMap<>();
    commissions.forEach(c -> map.put(c.id(), c.name()));
    return map;
  }
}
