package cn.xiangyang.portal.filing.internal;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the filing module ({@code portal.filing}).
 *
 * @param maxEvidenceSize the largest evidence file taken
 * @param maxEvidenceFiles how many files one case may carry
 * @param pdfFonts font files tried in order for the printable application (a {@code .ttc} needs
 *     {@code ,index}: {@code NotoSansCJK-Regular.ttc,2} is Simplified Chinese)
 */
@ConfigurationProperties("portal.filing")
record FilingProperties(DataSize maxEvidenceSize, int maxEvidenceFiles, List<String> pdfFonts) {

  FilingProperties {
    maxEvidenceSize = maxEvidenceSize == null ? DataSize.ofMegabytes(10) : maxEvidenceSize;
    maxEvidenceFiles = maxEvidenceFiles <= 0 ? 30 : maxEvidenceFiles;
    pdfFonts = pdfFonts == null ? List.of() : pdfFonts;
  }
}
