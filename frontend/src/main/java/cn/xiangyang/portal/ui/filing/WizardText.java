package cn.xiangyang.portal.ui.filing;

import org.jspecify.annotations.Nullable;

/** Small text helpers for the filing pages. */
final class WizardText {

  private WizardText() {}

  static String nz(@Nullable String value) {
    return value == null ? "" : value;
  }
}
