package cn.xiangyang.portal.notifications.internal;

import cn.xiangyang.portal.events.DurableListener;
import cn.xiangyang.portal.filing.CaseFiled;
import cn.xiangyang.portal.filing.DocumentIssued;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Turns the filing module's events into inbox messages. Each listener runs in the transaction that
 * records its completion, so a redelivered event does not put a second copy in the inbox.
 */
@Component
class CaseNotices {

  private final Inbox inbox;

  CaseNotices(Inbox inbox) {
    this.inbox = inbox;
  }

  /**
   * The receipt of an application (and of a corrected one): its 申请编号; the 案号 follows in the 受理通知书
   * (events published before V150 name the case number only).
   */
  @DurableListener
  Mono<Void> on(CaseFiled event) {
    String number = event.applicationNumber() != null
        ? "申请编号 " + event.applicationNumber()
        : "案号 " + event.caseNumber();
    return inbox.put(
        event.applicantId(),
        event.caseId(),
        "申请已提交："
            + (event.applicationNumber() != null ? event.applicationNumber() : event.caseNumber()),
        "您的申请已提交，" + number + "。仲裁委员会将在 " + chinese(event.acceptanceDue()) + " 前决定是否受理，结果会通知您"
            + (event.caseNumber() == null ? "；受理后会告知案号。" : "。"),
        null);
  }

  /**
   * Serves a document: its full text into the inbox of a party who consented to electronic service
   * (the time they open it is the time of service), otherwise the notice that a paper copy follows.
   */
  @DurableListener
  Mono<Void> on(DocumentIssued event) {
    return Flux.fromIterable(event.recipients())
        .concatMap(account -> serve(account, event))
        .then();
  }

  private Mono<Void> serve(UUID account, DocumentIssued d) {
    return inbox
        .consented(account)
        .flatMap(yes -> yes
            ? inbox.put(account, d.caseId(), d.title(), d.body(), d.documentId(), "ELECTRONIC")
            : inbox.put(
                account,
                d.caseId(),
                d.title(),
                "仲裁委员会已作出《" + d.title() + "》。您未同意电子送达，文书将以书面方式送达；如需在线接收，请在“我的消息”中同意电子送达。",
                d.documentId(),
                "PAPER"));
  }

  /** 2026年12月4日: dates in a message as people read them. */
  private static String chinese(java.time.LocalDate d) {
    return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }
}
