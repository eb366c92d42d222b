package cn.xiangyang.portal.commissions;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A commission's contact details as an administrator records them: every detail needs the source it was
 * taken from and the day it was checked there; {@code verified} only when a second independent source
 * gives the same.
 */
public record CommissionContact(
    @Nullable String address,
    @Nullable String hours,
    @Nullable String phone,
    String source,
    LocalDate checkedOn,
    boolean verified) {}
