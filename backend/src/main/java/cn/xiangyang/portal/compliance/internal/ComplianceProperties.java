package cn.xiangyang.portal.compliance.internal;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the check-up ({@code portal.compliance}).
 *
 * @param pdfFonts CJK font files tried in order for the report PDF ({@code .ttc} files with {@code ,index})
 */
@ConfigurationProperties("portal.compliance")
record ComplianceProperties(List<String> pdfFonts) {

  ComplianceProperties {
    pdfFonts = pdfFonts == null || pdfFonts.isEmpty()
        ? List.of(
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2",
            "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc,2",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0")
        : List.copyOf(pdfFonts);
  }
}
