package cn.xiangyang.portal.commissions.internal;

import cn.xiangyang.portal.commissions.CommissionContact;
import cn.xiangyang.portal.commissions.Commissions;
import cn.xiangyang.portal.commissions.Directory;
import cn.xiangyang.portal.system.DomainProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
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

/** The public list of Xiangyang's arbitration commissions and the areas each serves. */
@RestController
class CommissionsController {

  private final Commissions commissions;

  CommissionsController(Commissions commissions) {
    this.commissions = commissions;
  }

  /** An area of Xiangyang and the commission that serves it. */
  record Area(String code, String name, String kind, String commissionId) {}

  /**
   * A commission with its areas and its contact details (named apart from the case view's commission, which
   * has only id and name, so the API document describes each as it is): each detail as recorded from {@code contactSource}
   * on {@code contactCheckedOn}; {@code contactVerified} false means one source only (shown as 待核实).
   * All contact fields are null when no public source was found; notices then give the 12333 line.
   */
  record CommissionListing(
      String id,
      String name,
      @Nullable String address,
      @Nullable String phone,
      @Nullable String hours,
      List<String> areas,
      @Nullable String contactSource,
      @Nullable LocalDate contactCheckedOn,
      boolean contactVerified,
      String contactLine) {}

  /** What an administrator records: at least one detail, with where it was read and when. */
  record ContactRequest(
      @Nullable
      @Size(max = 200, message = "地址不能超过 200 字")
      @Pattern(regexp = ADDRESS, message = ADDRESS_MESSAGE)
      String address,

      @Nullable
      @Size(max = 100, message = "办公时间不能超过 100 字")
      @Pattern(regexp = NO_CONTROL, message = "办公时间含有不能显示的字符")
      String hours,

      @Nullable @Pattern(regexp = PHONE, message = PHONE_MESSAGE)
      String phone,

      @NotBlank(message = "请写明信息来源（网页地址或公开文件名称），没有来源的地址和电话不能登记")
      @Size(max = 500, message = "来源不能超过 500 字")
      @Pattern(regexp = NO_CONTROL, message = "来源含有不能显示的字符")
      String source,

      @NotNull(message = "请填写核对日期") @PastOrPresent(message = "核对日期不能晚于今天")
      LocalDate checkedOn,

      @Nullable Boolean verified) {}

  /** An address in Chinese, with at least one Chinese character and no control characters. */
  static final String ADDRESS = "^(?=.*\\p{IsHan})[^\\p{Cntrl}]+$";

  static final String ADDRESS_MESSAGE = "地址应为中文地址，例如“襄阳市樊城区××路××号××楼”，不能含有换行等不可见字符";
  static final String NO_CONTROL = "^[^\\p{Cntrl}]*$";
  /** A fixed line with area code (0710-1234567), a mobile number, or a service number such as 12333. */
  static final String PHONE = "^(0\\d{2,3}-\\d{7,8}(-\\d{1,6})?|1[3-9]\\d{9}|12\\d{3})$";

  static final String PHONE_MESSAGE = "电话格式不正确：固定电话写作“0710-1234567”，也可以是 11 位手机号或 12333 这样的服务号码";

  @GetMapping("/api/v1/areas")
  Flux<Area> areas() {
    return commissions
        .directory()
        .flatMapIterable(d -> d.areas().stream()
            .map(a -> new Area(a.code(), a.name(), a.kind(), a.commissionId()))
            .toList());
  }

  /** The commissions in the order of the first area each serves (the city commission first). */
  @GetMapping("/api/v1/commissions")
  Flux<CommissionListing> commissions() {
    return commissions.directory().flatMapIterable(CommissionsController::listed);
  }

  /**
   * Records a commission's address, office hours and telephone with their source (an administrator of
   * that commission, or of the city commission). The notices issued from then on carry them.
   */
  @PutMapping("/api/v1/staff/commissions/{id}/contact")
  @PreAuthorize("hasRole('ADMIN')")
  Mono<CommissionListing> recordContact(
      @PathVariable String id,
      @Valid @RequestBody ContactRequest body,
      // The principal is the accounts module's PortalUser, read by property: commissions may not
      // depend on accounts (which depends on it).
      @AuthenticationPrincipal(expression = "commissionId()") @Nullable String staffCommission,
      @AuthenticationPrincipal(expression = "accountId()") java.util.UUID by) {
    if (!"xiangyang".equals(staffCommission) && !id.equals(staffCommission)) {
      return Mono.error(new Refused(HttpStatus.FORBIDDEN, "没有权限", "只能登记本仲裁委员会的联系方式。", null));
    }
    if (blank(body.address()) && blank(body.hours()) && blank(body.phone())) {
      return Mono.error(
          new Refused(HttpStatus.BAD_REQUEST, "填写内容有误", "请至少填写地址、办公时间或电话中的一项。", "address"));
    }
    CommissionContact contact = new CommissionContact(
        body.address(),
        body.hours(),
        body.phone(),
        body.source(),
        body.checkedOn(),
        Boolean.TRUE.equals(body.verified()));
    return commissions
        .recordContact(id, contact, by)
        .switchIfEmpty(
            Mono.error(new Refused(HttpStatus.NOT_FOUND, "仲裁委员会不存在", "找不到该仲裁委员会。", null)))
        .flatMap(c -> commissions.directory().map(d -> view(d, c)));
  }

  private static boolean blank(@Nullable String s) {
    return s == null || s.isBlank();
  }

  /** A refusal, with the field named when there is one. */
  static final class Refused extends DomainProblem {
    private final @Nullable String field;

    Refused(HttpStatus status, String title, String detail, @Nullable String field) {
      super(status, title, detail);
      this.field = field;
    }

    @Override
    public List<DomainProblem.FieldMessage> errors() {
      return field == null ? List.of() : List.of(new DomainProblem.FieldMessage(field, detail()));
    }
  }

  private static CommissionListing view(Directory d, cn.xiangyang.portal.commissions.Commission c) {
    return new CommissionListing(
        c.id(),
        c.name(),
        c.address(),
        c.phone(),
        c.hours(),
        d.areasOf(c.id()).stream()
            .map(cn.xiangyang.portal.commissions.Area::name)
            .toList(),
        c.contactSource(),
        c.contactCheckedOn(),
        c.contactVerified(),
        c.contactLine());
  }

  private static List<CommissionListing> listed(Directory d) {
    Comparator<cn.xiangyang.portal.commissions.Commission> byFirstArea =
        Comparator.comparingInt(c -> d.areasOf(c.id()).stream()
            .mapToInt(cn.xiangyang.portal.commissions.Area::sortOrder)
            .min()
            .orElse(0));
    return d.commissions().stream()
        .sorted(byFirstArea.thenComparing(cn.xiangyang.portal.commissions.Commission::id))
        .map(c -> view(d, c))
        .toList();
  }
}
