package cn.xiangyang.portal.ui.filing;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The bounds of the application's dates, checked at the field with a message that says what is wrong
 * (the backend checks the same and names the same field): nothing before 1950, entry and "knew of the
 * harm" not after today, leave and "knew of the harm" not before entry.
 */
final class DateRules {

  /** No labor relationship of today began earlier; a year before it is a typing mistake. */
  static final LocalDate EARLIEST = LocalDate.of(1950, 1, 1);

  static final String BAD_INPUT = "看不懂这个日期，请按 2025/3/1 的样子填写，或点日历图标选择";

  private DateRules() {}

  /** A date picker whose bounds can change after a value was entered, with the value checked again. */
  static final class Picker extends DatePicker {
    Picker(String label) {
      super(label);
    }

    void revalidate() {
      validate();
    }
  }

  static void notBefore1950(DatePicker picker, String name) {
    ComponentUtil.setData(picker, "date-rule-name", name);
    picker.setMin(EARLIEST);
    picker.setI18n(CaseParts.chineseDates()
        .setMinErrorMessage(earliestMessage(name))
        .setBadInputErrorMessage(BAD_INPUT)
        .setRequiredErrorMessage("请填写" + name));
    revalidate(picker);
  }

  static void notBefore1950NotAfterToday(DatePicker picker, String name) {
    LocalDate today = LocalDate.now(CaseParts.ZONE);
    notBefore1950(picker, name);
    picker.setMax(today);
    picker.setI18n(picker.getI18n().setMaxErrorMessage(name + "不能晚于今天（" + chinese(today) + "）"));
    revalidate(picker);
  }

  /** Moves the lower bound to {@code start} (or back to 1950 when there is none), naming what it is. */
  static void notBefore(
      DatePicker picker, String name, @Nullable LocalDate start, String startName) {
    if (start == null || start.isBefore(EARLIEST)) {
      picker.setMin(EARLIEST);
      picker.setI18n(picker.getI18n().setMinErrorMessage(earliestMessage(name)));
    } else {
      picker.setMin(start);
      picker.setI18n(picker
          .getI18n()
          .setMinErrorMessage(name + "不能早于" + startName + "（" + chinese(start) + "）"));
    }
    revalidate(picker);
  }

  private static void revalidate(DatePicker picker) {
    if (picker instanceof Picker checked && picker.getValue() != null) {
      checked.revalidate();
    }
  }

  private static String earliestMessage(String name) {
    return name + "的年份不能早于 1950 年，请检查年份是否输错";
  }

  static String chinese(LocalDate date) {
    return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
  }
}
