package cn.xiangyang.portal.commissions;

import org.jspecify.annotations.Nullable;

/** An arbitration commission, with the contact details it publishes (when known). */
public record Commission(String id, String name, @Nullable String address, @Nullable String phone, @Nullable String hours) {}
