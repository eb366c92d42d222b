package cn.xiangyang.portal.commissions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An arbitration commission, with the contact details it publishes when they are known. The details are
 * facts about the world: they carry their source, the day they were checked, and whether a second
 * independent source confirmed them; unconfirmed ones are shown with "（待核实）".
 */
public record Commission(
    String id,
    String name,
    @Nullable String address,
    @Nullable String phone,
    @Nullable String hours,
    @Nullable String contactSource,
    @Nullable LocalDate contactCheckedOn,
    boolean contactVerified) {

  /** The number every notice falls back to when a commission has no recorded telephone. */
  public static final String FALLBACK = "本仲裁委员会的地址和电话尚未在本平台登记，请拨打 12333 人力资源社会保障咨询电话查询，或向受理窗口咨询。";

  /** A commission known by name only. */
  public Commission(String id, String name) {
    this(id, name, null, null, null, null, null, false);
  }

  public boolean hasAddress() {
    return address != null && !address.isBlank();
  }

  public boolean hasPhone() {
    return phone != null && !phone.isBlank();
  }

  /**
   * The contact line of a notice: 地址、办公时间、电话 as recorded, each unconfirmed one marked （待核实）;
   * without a telephone, the 12333 line. Never empty.
   */
  public String contactLine() {
    String unconfirmed = contactVerified ? "" : "（待核实）";
    List<String> parts = new ArrayList<>();
    String a = address;
    if (a != null && !a.isBlank()) {
      parts.add("地址：" + a.strip() + unconfirmed);
    }
    if (hours != null && !hours.isBlank()) {
      parts.add("办公时间：" + hours.strip() + unconfirmed);
    }
    String p = phone;
    if (p != null && !p.isBlank()) {
      parts.add("电话：" + p.strip() + unconfirmed);
    }
    if (parts.isEmpty()) {
      return name + "。" + FALLBACK;
    }
    String line = name + "　" + String.join("；", parts) + "。";
    return hasPhone() ? line : line + "本仲裁委员会的电话尚未在本平台登记，请拨打 12333 人力资源社会保障咨询电话查询。";
  }
}
