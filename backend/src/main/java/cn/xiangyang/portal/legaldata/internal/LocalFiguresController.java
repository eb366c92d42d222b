package cn.xiangyang.portal.legaldata.internal;

import cn.xiangyang.portal.accounts.PortalUser;
import cn.xiangyang.portal.system.DomainProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The public local figures, and their maintenance by administrators (audited). */
@RestController
class LocalFiguresController {

  private final LocalFiguresStore store;
  private final Clock clock;

  LocalFiguresController(LocalFiguresStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** Every minimum wage standard (newest first) and the average wages. */
  record Figures(
      List<LocalFiguresStore.Standard> minimumWage,
      List<LocalFiguresStore.AverageWage> averageWage) {}

  @GetMapping("/api/v1/local-figures")
  Mono<Figures> figures() {
    return Mono.zip(store.standards().collectList(), store.averageWages().collectList())
        .map(t -> new Figures(t.getT1(), t.getT2()));
  }

  record TierInput(
      @NotNull(message = "请填写档次")
      @Min(value = 1, message = "档次从 1 开始")
      @Max(value = 9, message = "档次不能超过 9")
      Integer tier,

      @NotNull(message = "请填写月最低工资")
      @DecimalMin(value = "0.01", message = "月最低工资必须大于 0")
      @Digits(integer = 8, fraction = 2, message = "金额最多两位小数")
      BigDecimal monthly,

      @DecimalMin(value = "0.01", message = "小时最低工资必须大于 0")
      @Digits(integer = 8, fraction = 2, message = "金额最多两位小数")
      @Nullable
      BigDecimal hourly) {}

  /**
   * A new (or corrected) standard.
   *
   * @param areas area code → tier; a null tier means not known
   */
  record StandardInput(
      @NotBlank(message = "请填写发布文件（文号）") @Size(max = 500, message = "来源不能超过 500 字")
      String source,

      boolean verified,
      @Size(max = 2000, message = "说明不能超过 2000 字") @Nullable String note,

      @NotEmpty(message = "请至少填写一个档次")
      List<@jakarta.validation.constraints.NotNull(message = "档次不能为空") @Valid TierInput> tiers,

      @Nullable Map<String, @Nullable Integer> areas) {}

  record AreaTierInput(
      @Min(value = 1, message = "档次从 1 开始") @Max(value = 9, message = "档次不能超过 9") @Nullable
      Integer tier) {}

  @PutMapping("/api/v1/staff/local-figures/minimum-wage/{effective}")
  @PreAuthorize("hasRole('ADMIN')")
  Mono<LocalFiguresStore.Standard> putStandard(
      @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effective,
      @Valid @RequestBody StandardInput input,
      @AuthenticationPrincipal PortalUser admin) {
    var tiers = input.tiers().stream()
        .map(t -> new LocalFiguresStore.Tier(t.tier(), t.monthly(), t.hourly()))
        .toList();
    if (new HashSet<>(tiers.stream().map(LocalFiguresStore.Tier::tier).toList()).size()
        != tiers.size()) {
      return Mono.error(new BadFigures("同一档次填写了两次，请检查。"));
    }
    Map<String, @Nullable Integer> areas =
        input.areas() == null ? Map.of() : new LinkedHashMap<>(input.areas());
    for (Integer tier : areas.values()) {
      if (tier != null && tiers.stream().noneMatch(t -> t.tier() == tier)) {
        return Mono.error(new BadFigures("区域所属档次 " + tier + " 不在本标准的档次中。"));
      }
    }
    return Flux.fromIterable(areas.keySet())
        .concatMap(code -> store
            .areaExists(code)
            .flatMap(ok ->
                ok ? Mono.empty() : Mono.error(new BadFigures("区域代码 " + code + " 不存在，请从区域列表中选择。"))))
        .then(store.putStandard(
            effective,
            input.source().strip(),
            input.verified(),
            input.note(),
            tiers,
            areas,
            admin.accountId(),
            clock.instant()))
        .then(store.standards().filter(s -> effective.equals(s.effective())).next());
  }

  @PutMapping("/api/v1/staff/local-figures/minimum-wage/{effective}/areas/{areaCode}")
  @PreAuthorize("hasRole('ADMIN')")
  Mono<LocalFiguresStore.Standard> putAreaTier(
      @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effective,
      @PathVariable String areaCode,
      @Valid @RequestBody AreaTierInput input,
      @AuthenticationPrincipal PortalUser admin) {
    Mono<Void> checks = store
        .areaExists(areaCode)
        .flatMap(ok ->
            ok ? Mono.<Void>empty() : Mono.error(new NoSuchFigure("区域代码 " + areaCode + " 不存在。")))
        .then(
            input.tier() == null
                ? Mono.<Void>empty()
                : store
                    .tierExists(effective, input.tier())
                    .flatMap(ok -> ok
                        ? Mono.<Void>empty()
                        : Mono.error(new BadFigures("该标准中没有第 " + input.tier() + " 档。"))));
    return checks
        .then(store.putAreaTier(
            effective, areaCode, input.tier(), admin.accountId(), clock.instant()))
        .flatMap(found -> found
            ? store.standards().filter(s -> effective.equals(s.effective())).next()
            : Mono.error(new NoSuchFigure("没有 " + effective + " 起执行的最低工资标准，请先添加该标准。")));
  }

  /** The local average wage of a year (劳动合同法 第四十七条第二款: the 3× cap of economic compensation). */
  record AverageWageInput(
      @NotBlank(message = "请填写地区，例如 襄阳市") @Size(max = 50, message = "地区不能超过 50 字")
      String area,

      @NotNull(message = "请填写月平均工资")
      @DecimalMin(value = "0.01", message = "月平均工资必须大于 0")
      @Digits(integer = 8, fraction = 2, message = "金额最多两位小数")
      BigDecimal monthly,

      @DecimalMin(value = "0.01", message = "年平均工资必须大于 0")
      @Digits(integer = 10, fraction = 2, message = "金额最多两位小数")
      @Nullable
      BigDecimal annual,

      @Nullable LocalDate effective,

      @NotBlank(message = "请填写发布文件或来源") @Size(max = 500, message = "来源不能超过 500 字")
      String source,

      boolean verified,
      @Size(max = 2000, message = "说明不能超过 2000 字") @Nullable String note) {}

  @PutMapping("/api/v1/staff/local-figures/average-wage/{year}")
  @PreAuthorize("hasRole('ADMIN')")
  Mono<LocalFiguresStore.AverageWage> putAverageWage(
      @PathVariable int year,
      @Valid @RequestBody AverageWageInput input,
      @AuthenticationPrincipal PortalUser admin) {
    if (year < 2000 || year > 2100) {
      return Mono.error(new BadFigures("年份不正确。"));
    }
    return store.putAverageWage(
        new LocalFiguresStore.AverageWage(
            input.area().strip(),
            year,
            input.monthly(),
            input.annual(),
            input.effective(),
            input.source().strip(),
            input.verified(),
            input.note()),
        admin.accountId(),
        clock.instant());
  }

  static final class BadFigures extends DomainProblem {
    BadFigures(String detail) {
      super(HttpStatus.BAD_REQUEST, "填写内容有误", detail);
    }
  }

  static final class NoSuchFigure extends DomainProblem {
    NoSuchFigure(String detail) {
      super(HttpStatus.NOT_FOUND, "找不到", detail);
    }
  }
}
