package cn.xiangyang.portal.ui.filing;

import cn.xiangyang.portal.ui.api.FilingDocumentView;
import cn.xiangyang.portal.ui.shell.BackendProblem;
import cn.xiangyang.portal.ui.shell.BackendUnavailable;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A link to the application PDF, served by the frontend: it fetches the PDF from the backend with the
 * user's token, which stays on the server (the browser only sees a Vaadin resource address).
 */
public final class ApplicationPdfLink {

  private static final Logger log = LoggerFactory.getLogger(ApplicationPdfLink.class);

  private ApplicationPdfLink() {}

  public static Anchor of(
      FilingClient filings,
      String token,
      UUID caseId,
      @org.jspecify.annotations.Nullable String caseNumber) {
    // The download is named with the case number, as the backend names it.
    String fileName = caseNumber == null ? "仲裁申请书（草稿）.pdf" : "仲裁申请书-" + caseNumber + ".pdf";
    DownloadHandler pdf = DownloadHandler.fromInputStream(event -> {
      try {
        byte[] bytes = filings.applicationPdf(token, caseId);
        return new DownloadResponse(
            new ByteArrayInputStream(bytes), fileName, "application/pdf", bytes.length);
      } catch (BackendProblem refusal) {
        return DownloadResponse.error(refusal.status());
      } catch (BackendUnavailable e) {
        log.warn("application PDF not fetched: {}", e.toString());
        return DownloadResponse.error(503);
      }
    });
    Anchor link = new Anchor(pdf, "下载申请书（PDF）");
    link.getElement().setAttribute("target", "_blank");
    link.addClassName("button-link-secondary");
    return link;
  }

  /** A link to one document of the case as a PDF, named with its title and the case number. */
  public static Anchor ofDocument(
      FilingClient filings,
      String token,
      UUID caseId,
      @org.jspecify.annotations.Nullable String caseNumber,
      FilingDocumentView document) {
    String fileName = document.title().replaceAll("[\\\\/:*?\"<>|\\s]", "")
        + (caseNumber == null ? "" : "-" + caseNumber) + ".pdf";
    DownloadHandler pdf = DownloadHandler.fromInputStream(event -> {
      try {
        byte[] bytes = filings.documentPdf(token, caseId, document.id());
        return new DownloadResponse(
            new ByteArrayInputStream(bytes), fileName, "application/pdf", bytes.length);
      } catch (BackendProblem refusal) {
        return DownloadResponse.error(refusal.status());
      } catch (BackendUnavailable e) {
        log.warn("document PDF not fetched: {}", e.toString());
        return DownloadResponse.error(503);
      }
    });
    Anchor link = new Anchor(pdf, "下载" + document.title() + "（PDF）");
    link.getElement().setAttribute("target", "_blank");
    link.addClassName("button-link-secondary");
    return link;
  }
}
